package io.newsflow.contracts;

/** The kinds of named entity the extractor finds. */
public enum EntityType {
    PERSON, ORG, LOC
}
