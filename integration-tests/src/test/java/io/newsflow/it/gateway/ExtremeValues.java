package io.newsflow.it.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

/**
 * Values at the edges of what the gateway's parameters parse, added to the generated hostile parameters: durations
 * too long for a {@code java.time.Duration}, years far outside epoch millis, cursors that are valid JSON but no
 * cursor (the literal {@code null} among them). Seeded like {@code HostileInputs}, so a failure replays.
 */
final class ExtremeValues {

    private static final String[] DURATION_PARAMETERS = {"window", "baseline"};
    private static final String[] INSTANT_PARAMETERS = {"at", "from", "to"};
    private static final String[] JSON_NOT_CURSORS = {"null", "[]", "1", "\"p\"", "{}", "{\"p\":null}", "{\"p\":\"x\",\"a\":[{}],\"f\":\"y\"}"};
    private static final String UNITS = "mhd";

    private final Random random;

    ExtremeValues(long seed) {
        this.random = new Random(seed ^ 0x5eed);
    }

    /** Puts one extreme value into these parameters, replacing any value the parameter had. */
    void add(Map<String, String> parameters) {
        switch (random.nextInt(3)) {
            case 0 -> parameters.put(pick(DURATION_PARAMETERS), (random.nextBoolean() ? "" : "-") + digits(1 + random.nextInt(25))
                    + UNITS.charAt(random.nextInt(UNITS.length())));
            case 1 -> parameters.put(pick(INSTANT_PARAMETERS), year() + "-01-01T00:00:00Z");
            default -> parameters.put("cursor", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(pick(JSON_NOT_CURSORS).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A year of five to nine digits with its sign, or a year before 1000 written with four. */
    private String year() {
        return switch (random.nextInt(3)) {
            case 0 -> "+" + (1 + random.nextInt(9)) + digits(4 + random.nextInt(5));
            case 1 -> "-" + (1 + random.nextInt(9)) + digits(3 + random.nextInt(6));
            default -> "0" + digits(3);
        };
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
