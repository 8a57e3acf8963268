package io.newsflow.it.extract;

import java.util.concurrent.ThreadLocalRandom;

/** Names for curated entities that no knowledge base or article holds, new at every call. */
public final class MadeUpWords {

    private MadeUpWords() {
    }

    /** A made-up capitalised word: Q and seven consonants. */
    public static String word() {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder word = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }
}
