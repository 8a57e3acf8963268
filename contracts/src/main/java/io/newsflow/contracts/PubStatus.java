package io.newsflow.contracts;

import java.util.Locale;

/** Publication status of an item, as ninjs names it. Anything but USABLE takes the article out of search. */
public enum PubStatus {
    USABLE, WITHHELD, CANCELED;

    /** Reads ninjs, NewsML-G2 ("stat:canceled") and common spellings; null means usable. */
    public static PubStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return USABLE;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        int colon = v.lastIndexOf(':');
        if (colon >= 0) {
            v = v.substring(colon + 1);
        }
        return switch (v) {
            case "usable" -> USABLE;
            case "withheld" -> WITHHELD;
            case "canceled", "cancelled", "killed", "deleted" -> CANCELED;
            default -> throw new IllegalArgumentException("unknown pubstatus '" + value + "'");
        };
    }

    public boolean isKill() {
        return this != USABLE;
    }
}
