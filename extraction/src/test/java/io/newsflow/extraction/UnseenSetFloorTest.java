package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Per-language floors on the held-out sets, scored like shared/eval/score.py: the 30 unseen articles
 * (heldout/unseen.jsonl: other countries, people and bodies than the dev set) and the blind sets written before each
 * round of work (blind.jsonl to blind29.jsonl; see heldout/README.md). Floors sit a little below the figures measured
 * after the latest round (extraction/README.md), not at the targets where those are not met (Arabic linking),
 * so that a change that loses quality fails here. A floor is lowered only where the quality it guards did not fall
 * (blind16's Arabic linking, session 23: as many entities linked right, more found).
 */
class UnseenSetFloorTest {

    private static GoldScorer score(String resource) throws IOException {
        GoldScorer scorer = new GoldScorer();
        try (InputStream in = UnseenSetFloorTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = EventCodec.mapper().readTree(line);
                Extraction x = SharedExtractor.INSTANCE.extract(gold.path("title").asText(),
                        gold.path("body").asText(), Instant.parse(gold.path("published").asText()), null);
                scorer.add(gold, x);
            }
        }
        return scorer;
    }

    private static void assertFloors(GoldScorer scorer, String lang, double entity, double linking, double events) {
        GoldScorer.Counts c = scorer.of(lang);
        assertThat(c.entityF1()).as("entity F1 " + lang + " " + c).isGreaterThanOrEqualTo(entity);
        assertThat(c.linking()).as("linking " + lang + " " + c).isGreaterThanOrEqualTo(linking);
        assertThat(c.eventF1()).as("event F1 " + lang + " " + c).isGreaterThanOrEqualTo(events);
        assertThat(c.languageAccuracy()).as("language " + lang).isEqualTo(1.0);
    }

    // Measured 2026-11-30 after the sixth round (entity F1 / linking / event F1):
    //   unseen ar 0.911 / 0.766 / 0.824, en 0.992 / 1.000 / 0.848, fr 0.963 / 0.981 / 0.857
    //   blind  ar 0.895 / 0.765 / 1.000, en 0.963 / 1.000 / 0.727, fr 0.962 / 1.000 / 0.833
    //   blind2 ar 0.933 / 0.762 / 0.917, en 0.931 / 1.000 / 0.833, fr 0.920 / 1.000 / 0.857
    //   blind3 ar 0.959 / 0.800 / 1.000, en 0.909 / 0.950 / 0.903, fr 0.932 / 0.941 / 0.880
    //   blind4 ar 0.842 / 0.656 / 0.903, en 0.987 / 1.000 / 0.970, fr 0.901 / 0.969 / 0.966
    //   blind5 ar 0.984 / 0.733 / 0.938, en 0.964 / 0.975 / 1.000, fr 0.938 / 1.000 / 0.917
    //   blind6 ar 0.904 / 0.727 / 1.000, en 0.971 / 1.000 / 0.938, fr 0.861 / 1.000 / 0.909
    //     (its first, blind run: ar 0.795 / 0.655 / 1.000, en 0.941 / 1.000 / 0.800, fr 0.861 / 1.000 / 0.714)
    // After the seventh round: unseen ar 0.911 / 0.769 / 0.824, blind ar 0.947 / 0.778 / 1.000, blind2 fr 0.920 /
    // 1.000 / 0.909, blind4 fr 0.930 / 0.939 / 0.966, blind5 en 0.988 / 0.976 / 1.000, fr 0.954 / 1.000 / 0.917,
    // blind6 en 0.986 / 1.000 / 0.938 (others unchanged);
    //   blind7 ar 0.968 / 0.803 / 0.905, en 0.921 / 0.984 / 0.909, fr 0.852 / 0.962 / 0.958
    //     (its first, blind run: ar 0.807 / 0.771 / 0.769, en 0.817 / 0.948 / 0.893, fr 0.773 / 0.935 / 0.851)
    // After the eighth round: unseen ar 0.911 / 0.778 / 0.841, blind7 ar 0.968 / 0.836 / 0.905 (others unchanged);
    //   blind8 ar 0.848 / 0.700 / 1.000, en 0.895 / 1.000 / 0.941, fr 0.905 / 0.974 / 0.970
    //     (its first, blind run: ar 0.667 / 0.718 / 0.839, en 0.857 / 1.000 / 0.941, fr 0.881 / 0.973 / 0.970)
    // After the ninth round: unseen ar 0.911 / 0.787 / 0.841, blind4 ar 0.831 / 0.656 / 0.903, blind5 ar 0.984 /
    // 0.767 / 0.938, blind6 ar 0.917 / 0.727 / 1.000, blind7 ar 0.968 / 0.853 / 0.905 (others unchanged);
    //   blind9 ar 0.879 / 0.667 / 0.828, en 0.842 / 0.969 / 0.968, fr 0.822 / 0.933 / 0.966
    //     (its first, blind run: ar 0.839 / 0.631 / 0.828, en 0.747 / 0.964 / 0.968, fr 0.806 / 0.931 / 0.966)
    // After the tenth English/French round (a3dfa7d): blind fr 0.981 / 1.000 / 0.833, blind2 en 0.967 / 1.000 / 0.833,
    // blind3 en 0.989 / 0.955 / 0.903 (initials step), blind4 en 1.000 / 1.000 / 0.970, fr 0.944 / 0.941 / 0.966, blind6 fr 0.877 /
    // 1.000 / 0.909, blind7 en 0.965 / 0.985 / 0.909, fr 0.898 / 0.965 / 0.958, blind8 en 0.935 / 1.000 / 0.941, fr
    // 0.954 / 0.976 / 0.970, blind9 en 0.987 / 1.000 / 0.968, fr 0.961 / 0.946 / 0.966 (en/fr of other sets unchanged
    // or up by less than the margin).
    // blind10 (session 13) at 32b8775: ar 0.848 / 0.536 / 0.884, en 0.861 / 0.984 / 0.857, fr 0.833 / 0.980 / 0.870
    //   (its first, blind run, on the code of 74325c6: ar 0.692 / 0.511 / 0.884, en 0.845 / 0.983 / 0.857, fr 0.833 /
    //   0.980 / 0.870; the tenth Arabic round was chosen with its Arabic errors in view, the English/French round
    //   never saw it)
    // After the eleventh rounds (session 14, 3c55433; chosen on the fourteen sets above, blind11 unseen by them):
    //   blind10 ar 0.857 / 0.579 / 0.884, en 0.939 / 0.986 / 0.857, fr 0.896 / 1.000 / 0.870;
    //   blind11 ar 0.680 / 0.608 / 0.909, en 0.816 / 0.984 / 0.935, fr 0.810 / 0.979 / 0.877, still blind
    //     (its first run, on the code of 28840be: ar 0.671 / 0.620 / 0.909, en 0.810 / 1.000 / 0.935, fr 0.779 /
    //     1.000 / 0.877)
    // After the twelfth rounds and the lead's people, companies and groups lists (session 15, 76bc833; blind10 and
    // blind11 held back by both rounds, blind11 not blind to the lists):
    //   blind10 ar 0.876 / 0.567 / 0.884, en 0.939 / 0.986 / 0.857, fr 0.918 / 1.000 / 0.870;
    //   blind11 ar 0.714 / 0.636 / 0.909, en 0.870 / 0.985 / 0.935, fr 0.810 / 0.979 / 0.877;
    //   blind12 ar 0.685 / 0.551 / 0.889, en 0.802 / 1.000 / 0.971, fr 0.718 / 1.000 / 0.871, still blind
    //     (its first run, on the code of 269a130: ar 0.667 / 0.511 / 0.873, en 0.771 / 1.000 / 0.971, fr 0.702 /
    //     1.000 / 0.871)
    // After the thirteenth rounds (session 16, 072dbda; blind10 to blind13 held back by both rounds, their errors
    // never read):
    //   blind11 ar 0.714 / 0.636 / 0.909, en 0.889 / 0.985 / 0.935, fr 0.821 / 0.979 / 0.877;
    //   blind12 ar 0.699 / 0.560 / 0.889, en 0.802 / 1.000 / 0.971, fr 0.742 / 1.000 / 0.871;
    //   blind13 ar 0.700 / 0.408 / 0.969, en 0.756 / 1.000 / 0.972, fr 0.766 / 0.939 / 0.955, still blind, the same as
    //     its first run on the code of 2695978
    // After the fourteenth rounds (session 17, b14ef23; blind13 read by both rounds, so no longer blind; blind10 to
    // blind12 and blind14 held back):
    //   blind12 ar 0.699 / 0.560 / 0.889, en 0.814 / 1.000 / 0.971, fr 0.794 / 1.000 / 0.871;
    //   blind13 ar 0.771 / 0.426 / 0.969, en 0.872 / 1.000 / 0.972, fr 0.902 / 0.950 / 0.955 (errors read);
    //   blind14 ar 0.659 / 0.509 / 0.943, en 0.859 / 1.000 / 0.901, fr 0.857 / 1.000 / 0.912, still blind (its first
    //     run, on the code of 2282ea3: ar 0.644 / 0.500 / 0.943, en 0.841 / 1.000 / 0.901, fr 0.857 / 1.000 / 0.912)
    // After the fifteenth rounds (session 18, ee60bea; blind13 and blind14 read by all three rounds; blind10 to blind12
    // and blind15 held back, scored once after the merge):
    //   blind11 ar 0.761 / 0.644 / 0.909, en 0.917 / 0.986 / 0.935, fr 0.855 / 0.960 / 0.877;
    //   blind12 ar 0.713 / 0.647 / 0.889, en 0.826 / 0.986 / 0.971, fr 0.788 / 1.000 / 0.871;
    //   blind13 ar 0.859 / 0.623 / 0.969, en 0.892 / 1.000 / 0.972, fr 0.925 / 0.952 / 0.955 (errors read);
    //   blind14 ar 0.811 / 0.630 / 0.957, en 0.951 / 0.987 / 0.901, fr 0.957 / 1.000 / 0.912 (errors read);
    //   blind15 ar 0.705 / 0.475 / 0.919, en 0.835 / 0.983 / 0.947, fr 0.982 / 0.982 / 0.947, still blind (its first
    //     run, on the code of 16a4c2f: ar 0.661 / 0.440 / 0.919, en 0.820 / 0.982 / 0.947, fr 0.903 / 1.000 / 0.947)
    // After the Arabic and English/French rounds of session 21 (90f01aa; blind10 to blind12 and blind15 to blind17 held
    // back, neither read nor run by the rounds, scored once after the merge):
    //   blind12 ar 0.708 / 0.647 / 0.889, en 0.831 / 0.986 / 0.971, fr 0.806 / 1.000 / 0.871;
    //   blind16 ar 0.658 / 0.533 / 0.900, en 0.869 / 1.000 / 0.909, fr 0.821 / 0.913 / 0.885, still blind (its first
    //     run, on the code of 45f5da4: ar 0.652 / 0.541 / 0.900, en 0.869 / 1.000 / 0.909, fr 0.811 / 0.911 / 0.885);
    //   blind17 ar 0.611 / 0.438 / 0.868, en 0.857 / 0.984 / 0.893, fr 0.872 / 0.961 / 0.868, still blind (its first
    //     run, on the code of 61a53e1: ar 0.596 / 0.457 / 0.868, en 0.857 / 0.984 / 0.893, fr 0.852 / 0.959 / 0.868)
    // After session 22's Arabic and English/French rounds (blind10 to blind12 and blind15 to blind18 held back):
    //   blind18 ar 0.646 / 0.463 / 0.838, en 0.894 / 1.000 / 0.903, fr 0.815 / 0.982 / 0.836, still blind (its first
    //     run, on the code of 3696d74: ar 0.648 / 0.446 / 0.830, en 0.887 / 1.000 / 0.903, fr 0.815 / 0.982 / 0.836)
    // Session 23: blind19's first run, before the session's rounds, on the code of 8a270b2: ar 0.664 / 0.408 / 0.821,
    //   en 0.827 / 0.982 / 0.909, fr 0.752 / 0.976 / 0.846 (held back from the rounds like blind10 to blind18)
    // After session 23's three rounds, blind16 ar 0.702 / 0.487 / 0.900: its linking floor 0.50 -> 0.48.
    //   Linking is a share of the matched entities; the rounds found two more of blind16's Arabic
    //   entities (78 -> 80 matched, 30 -> 28 false) and link as many right as before (39), so the share fell with no
    //   entity linked worse. Each of the two Arabic rounds alone kept it at 0.500 and 0.506.
    // After all five of session 23's rounds (3afe37e; blind10-12, blind15-19 held back from them, scored after the merge):
    //   blind11 fr 0.855 / 0.980 / 0.877; blind12 en 0.842 / 0.986 / 0.971, fr 0.809 / 1.000 / 0.871;
    //   blind15 ar 0.725 / 0.494 / 0.919; blind16 ar 0.702 / 0.487 / 0.900, fr 0.832 / 0.915 / 0.885;
    //   blind17 ar 0.636 / 0.447 / 0.868, en 0.865 / 0.984 / 0.893, fr 0.908 / 0.963 / 0.868;
    //   blind18 ar 0.669 / 0.464 / 0.838, en 0.887 / 1.000 / 0.903, fr 0.832 / 0.983 / 0.836;
    //   blind19 ar 0.675 / 0.416 / 0.821, en 0.827 / 1.000 / 0.909, fr 0.764 / 0.976 / 0.846 (the rest unchanged)
    // Session 23 (h/arabic3), seen sets only: Arabic entity floors of unseen, blind2, blind4, blind9 and blind14 raised
    //   to just under 0.945, 0.979, 0.935, 0.937 and 0.933 (given names with the article, bodies running on through
    //   لـ, lakes and rivers with their word, bare verbs and pronoun suffixes that are no places).
    // Session 24: blind20 (national and international wire news, the kind of dev.jsonl) written without running the
    //   extractor or reading its code; its first run, on the code of 67f4fae: ar 0.808 / 0.711 / 0.837,
    //   en 0.911 / 0.878 / 0.844, fr 0.854 / 1.000 / 0.792. Held back with blind18 and blind19; blind10-12 and
    //   blind15-17 released to the session's rounds. blind21 (the same kind, other stories), first run on the same
    //   code: ar 0.827 / 0.635 / 0.917, en 0.878 / 0.944 / 0.936, fr 0.931 / 0.941 / 0.930.
    // Session 24 (h/arabic4), seen sets only: blind16 ar linking floor 0.48 -> 0.47. Its Arabic entities matched
    //   80 -> 84 and linked right 39 -> 40 (a port named apart from its town, speakers described after "، وهو"); the
    //   three persons found are romanised by rule, so the share fell with no entity linked worse.
    // Session 24 (h/enfr5), blind10-12 and blind15-17 released to the round: English entity floors of blind11, 12, 15,
    //   16, 17 raised to just under 0.962, 0.909, 0.942, 0.933, 0.959, French of blind11, 12, 16, 17 to just under
    //   0.881, 0.884, 0.903, 0.942 (names across abbreviations and "and", kinds of body, French regions' councils).
    // Session 25: blind21 released to the rounds; blind22 and blind23 (the kind of dev.jsonl, other regions) written
    //   without running the extractor or reading its code; first runs on the code of 958df23: blind22 ar 0.746 / 0.571
    //   / 0.851, en 0.938 / 0.978 / 0.918, fr 0.815 / 0.970 / 0.756; blind23 ar 0.754 / 0.594 / 0.851, en 0.800 /
    //   0.969 / 0.929, fr 0.789 / 1.000 / 0.773. Held back with blind18-20.
    // Session 25, after its six rounds (HEAD 750c3a6): Arabic floors of the released sets raised to just under what they
    //   measure, entity / linking: blind10 - / 0.672, blind11 0.870 / 0.836, blind12 0.811 / 0.759, blind13 - / 0.833,
    //   blind14 - / 0.729, blind15 0.822 / 0.649, blind16 0.753 / 0.655, blind17 0.788 / 0.621, blind21 0.856 / 0.727.
    // Session 26: blind24 and blind25 (the kind of dev.jsonl, other regions) written without running the extractor or
    //   reading its code; first runs on the code of aa2f14a (output as 765f62e): blind24 ar 0.747 / 0.634 / 0.893, en
    //   0.809 / 1.000 / 0.931, fr 0.841 / 1.000 / 0.923; blind25 ar 0.683 / 0.559 / 0.923, en 0.936 / 1.000 / 0.842,
    //   fr 0.914 / 0.946 / 0.871. Held back with blind18-20, 22 and 23.
    // Session 27: blind26 and blind27, written the same way; first runs on the code of d9f29fb: blind26 ar 0.740 /
    //   0.630 / 0.825, en 0.835 / 0.947 / 0.885, fr 0.829 / 0.931 / 0.842; blind27 ar 0.656 / 0.587 / 0.844, en 0.800 /
    //   0.935 / 0.903, fr 0.893 / 0.913 / 0.808. Held back with blind18-20 and 22-25.
    // Session 28: blind28, written the same way; first run on the code of 4c4bc04: ar 0.701 / 0.541 / 0.857, en
    //   0.933 / 1.000 / 0.873, fr 0.819 / 1.000 / 0.923. Held back with blind18-20 and 22-27.
    // Session 29: blind29, written the same way; first run on the code of 24cd5b5 (main at 8cbbd56): ar 0.703 / 0.603
    //   / 0.879, en 0.959 / 0.979 / 0.930, fr 0.909 / 1.000 / 0.957. Held back with blind18-20 and 22-28.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # set  | ar entity, linking, events | en entity, linking, events | fr entity, linking, events
            unseen | 0.93 | 0.73 | 0.78 | 0.95 | 0.97 | 0.78 | 0.93 | 0.95 | 0.78
            blind  | 0.84 | 0.70 | 0.90 | 0.92 | 0.95 | 0.70 | 0.94 | 0.95 | 0.78
            blind2 | 0.96 | 0.68 | 0.85 | 0.92 | 0.95 | 0.78 | 0.83 | 0.95 | 0.75
            blind3 | 0.87 | 0.73 | 0.90 | 0.95 | 0.90 | 0.85 | 0.88 | 0.90 | 0.80
            blind4 | 0.92 | 0.55 | 0.82 | 0.95 | 0.95 | 0.92 | 0.90 | 0.91 | 0.91
            blind5 | 0.92 | 0.67 | 0.88 | 0.92 | 0.93 | 0.88 | 0.87 | 0.95 | 0.78
            blind6 | 0.86 | 0.67 | 0.93 | 0.93 | 0.95 | 0.88 | 0.84 | 0.95 | 0.85
            blind7 | 0.93 | 0.75 | 0.86 | 0.92 | 0.93 | 0.86 | 0.86 | 0.92 | 0.90
            blind8 | 0.81 | 0.65 | 0.95 | 0.90 | 0.95 | 0.90 | 0.92 | 0.93 | 0.93
            blind9 | 0.92 | 0.63 | 0.78 | 0.94 | 0.95 | 0.92 | 0.92 | 0.89 | 0.92
            blind10 | 0.84 | 0.65 | 0.84 | 0.90 | 0.95 | 0.82 | 0.88 | 0.95 | 0.83
            blind11 | 0.85 | 0.81 | 0.88 | 0.95 | 0.95 | 0.90 | 0.87 | 0.95 | 0.84
            blind12 | 0.79 | 0.74 | 0.86 | 0.90 | 0.97 | 0.94 | 0.87 | 0.97 | 0.84
            blind13 | 0.83 | 0.81 | 0.94 | 0.87 | 0.97 | 0.94 | 0.90 | 0.92 | 0.93
            blind14 | 0.92 | 0.71 | 0.93 | 0.92 | 0.97 | 0.87 | 0.93 | 0.97 | 0.88
            blind15 | 0.80 | 0.63 | 0.89 | 0.93 | 0.95 | 0.92 | 0.95 | 0.95 | 0.92
            blind16 | 0.73 | 0.63 | 0.87 | 0.92 | 0.97 | 0.88 | 0.89 | 0.88 | 0.85
            blind17 | 0.77 | 0.60 | 0.84 | 0.95 | 0.95 | 0.86 | 0.93 | 0.93 | 0.84
            blind18 | 0.65 | 0.44 | 0.81 | 0.87 | 0.97 | 0.88 | 0.81 | 0.95 | 0.81
            blind19 | 0.65 | 0.40 | 0.80 | 0.80 | 0.95 | 0.88 | 0.74 | 0.95 | 0.82
            blind20 | 0.78 | 0.69 | 0.81 | 0.89 | 0.85 | 0.82 | 0.83 | 0.97 | 0.77
            blind21 | 0.83 | 0.70 | 0.89 | 0.85 | 0.92 | 0.91 | 0.91 | 0.92 | 0.90
            blind22 | 0.72 | 0.55 | 0.83 | 0.92 | 0.95 | 0.90 | 0.79 | 0.95 | 0.73
            blind23 | 0.73 | 0.57 | 0.83 | 0.78 | 0.95 | 0.91 | 0.77 | 0.97 | 0.75
            blind24 | 0.72 | 0.61 | 0.87 | 0.78 | 0.95 | 0.90 | 0.81 | 0.95 | 0.90
            blind25 | 0.66 | 0.53 | 0.90 | 0.91 | 0.95 | 0.82 | 0.89 | 0.92 | 0.85
            blind26 | 0.71 | 0.60 | 0.80 | 0.81 | 0.92 | 0.86 | 0.80 | 0.90 | 0.82
            blind27 | 0.63 | 0.56 | 0.82 | 0.78 | 0.91 | 0.88 | 0.87 | 0.89 | 0.78
            blind28 | 0.68 | 0.51 | 0.83 | 0.91 | 0.97 | 0.85 | 0.79 | 0.97 | 0.90
            blind29 | 0.68 | 0.57 | 0.85 | 0.93 | 0.95 | 0.90 | 0.88 | 0.97 | 0.93
            """)
    void heldOutArticlesStayAboveTheirFloorsInEachLanguage(String set, double arEntity, double arLinking,
            double arEvents, double enEntity, double enLinking, double enEvents, double frEntity, double frLinking,
            double frEvents) throws IOException {
        GoldScorer scorer = score("/heldout/" + set + ".jsonl");
        assertFloors(scorer, "ar", arEntity, arLinking, arEvents);
        assertFloors(scorer, "en", enEntity, enLinking, enEvents);
        assertFloors(scorer, "fr", frEntity, frLinking, frEvents);
    }
}
