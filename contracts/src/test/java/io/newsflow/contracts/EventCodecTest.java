package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void utf8BytesReadAsTheStringDoes() {
        KnowledgeEntry entry = new KnowledgeEntry("loc:rome", EntityType.LOC, "Rome",
                Map.of("ar", List.of("روما"), "fr", List.of("Rome")), "IT", 41.89, 12.48, null, Instant.parse("2026-11-29T10:00:00Z"));
        String json = EventCodec.write(entry);

        assertThat(EventCodec.read(json.getBytes(StandardCharsets.UTF_8), KnowledgeEntry.class))
                .isEqualTo(EventCodec.read(json, KnowledgeEntry.class))
                .isEqualTo(entry);
    }

    @Test
    void badBytesAreAnInvalidPayloadWithTheReason() {
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> EventCodec.read(notUtf8, KnowledgeEntry.class))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("not a valid KnowledgeEntry");
        assertThatThrownBy(() -> EventCodec.read(new byte[0], KnowledgeEntry.class))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("empty payload");
    }
}
