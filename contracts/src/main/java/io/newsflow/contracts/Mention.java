package io.newsflow.contracts;

/** A surface string of an entity with its character offsets in {@code headline + "\n" + body}. */
public record Mention(String text, int start, int end) {
}
