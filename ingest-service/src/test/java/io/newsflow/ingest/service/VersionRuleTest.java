package io.newsflow.ingest.service;

import static io.newsflow.ingest.service.Items.item;
import static io.newsflow.ingest.service.Items.kill;
import static io.newsflow.ingest.service.Items.usable;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.ingest.dedup.ContentFingerprint;
import io.newsflow.ingest.repository.LedgerOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionRuleTest {

    private static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-02T13:00:00Z");

    private static LedgerOutcome decide(NormalisedArticle item, VersionRule.Stored stored) {
        return VersionRule.decide(item, null, ContentFingerprint.contentHash(item), stored, false, NOW);
    }

    /** As {@link #decide(NormalisedArticle, VersionRule.Stored)} for an item polled from this feed. */
    private static LedgerOutcome decideFromFeed(long feedId, NormalisedArticle item, VersionRule.Stored stored) {
        return VersionRule.decide(item, feedId, ContentFingerprint.contentHash(item), stored, false, NOW);
    }

    private static VersionRule.Stored stored(NormalisedArticle accepted) {
        return storedFromFeed(null, accepted);
    }

    private static VersionRule.Stored storedFromFeed(Long feedId, NormalisedArticle accepted) {
        return new VersionRule.Stored(accepted.version(), accepted.versionCreated(), accepted.pubStatus(),
                ContentFingerprint.contentHash(accepted), accepted.format(), accepted.source(), feedId);
    }

    private static NormalisedArticle from(String source, NormalisedArticle a) {
        return new NormalisedArticle(a.id(), a.version(), a.firstCreated(), a.versionCreated(), a.pubStatus(),
                a.embargoed(), a.language(), a.headline(), a.body(), a.byline(), source, a.channel(), a.format(),
                a.subjects(), a.places(), a.people(), a.urgency(), a.links(), a.correction(), a.contentHash(),
                a.clusterId(), a.receivedAt());
    }

    @Test
    void newIdIsAcceptedAndNewKillIsKilled() {
        assertThat(decide(usable("a", 1, "ninjs", NOON), null)).isEqualTo(LedgerOutcome.ACCEPTED);
        assertThat(decide(kill("a", 1, "ninjs"), null)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void sameContentUnderAnotherIdIsDuplicate() {
        NormalisedArticle item = usable("a", 1, "rss", NOON);
        assertThat(VersionRule.decide(item, null, ContentFingerprint.contentHash(item), null, true, NOW))
                .isEqualTo(LedgerOutcome.DUPLICATE);
    }

    @Test
    void newerVersionReplacesOlder() {
        assertThat(decide(usable("a", 2, "ninjs", NOON), stored(usable("a", 1, "ninjs", NOON)))).isEqualTo(LedgerOutcome.UPDATED);
    }

    @Test
    void staleVersionIsIgnored() {
        assertThat(decide(usable("a", 1, "newsml-g2", NOON), stored(usable("a", 3, "newsml-g2", NOON))))
                .isEqualTo(LedgerOutcome.STALE);
    }

    @Test
    void exactResubmissionIsDuplicate() {
        NormalisedArticle item = usable("a", 2, "ninjs", NOON);
        assertThat(decide(item, stored(item))).isEqualTo(LedgerOutcome.DUPLICATE);
    }

    @Test
    void equalVersionWithOtherTextIsStaleWhenTheFormatNumbersVersions() {
        NormalisedArticle first = usable("a", 2, "ninjs", NOON);
        NormalisedArticle other = item("a", 2, "ninjs", NOON.plusSeconds(60), PubStatus.USABLE, null, "Other", "Other text");
        assertThat(decide(other, stored(first))).isEqualTo(LedgerOutcome.STALE);
    }

    @Test
    void feedItemOfEqualVersionWithLaterVersionCreatedReplaces() {
        NormalisedArticle first = usable("a", 1, "atom", NOON);
        NormalisedArticle later = item("a", 1, "atom", NOON.plusSeconds(60), PubStatus.USABLE, null, "Updated", "Updated text");
        NormalisedArticle earlier = item("a", 1, "rss", NOON.minusSeconds(60), PubStatus.USABLE, null, "Older", "Older text");
        assertThat(decide(later, stored(first))).isEqualTo(LedgerOutcome.UPDATED);
        assertThat(decide(earlier, stored(first))).isEqualTo(LedgerOutcome.STALE);
    }

    @Test
    void tombstoneAtVersionOneKillsAFeedItemAtVersionOne() {
        assertThat(decide(kill("a", 1, "atom"), stored(usable("a", 1, "atom", NOON)))).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void killOfAnOlderVersionIsStaleAndKillOfANewerOneKills() {
        VersionRule.Stored v3 = stored(usable("a", 3, "ninjs", NOON));
        assertThat(decide(kill("a", 2, "ninjs"), v3)).isEqualTo(LedgerOutcome.STALE);
        assertThat(decide(kill("a", 4, "ninjs"), v3)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void repeatedKillIsDuplicateAndAnEqualVersionCannotRevive() {
        NormalisedArticle killed = kill("a", 2, "ninjs");
        assertThat(decide(killed, stored(killed))).isEqualTo(LedgerOutcome.DUPLICATE);
        assertThat(decide(usable("a", 2, "ninjs", NOON), stored(killed))).isEqualTo(LedgerOutcome.STALE);
        assertThat(decide(usable("a", 3, "ninjs", NOON), stored(killed))).isEqualTo(LedgerOutcome.UPDATED);
    }

    @Test
    void feedItemCannotKillOrReplaceAnArticleFirstStoredFromAnotherFormat() {
        VersionRule.Stored agencyStory = stored(from("Agence Orientale", usable("urn:story:1", 1, "ninjs", NOON)));
        NormalisedArticle tombstone = from("Agence Orientale", kill("urn:story:1", 1, "atom"));
        NormalisedArticle entry = from("Agence Orientale", usable("urn:story:1", 1, "rss", NOON.plusSeconds(60)));
        assertThat(decide(tombstone, agencyStory)).isEqualTo(LedgerOutcome.REJECTED);
        assertThat(decide(entry, agencyStory)).isEqualTo(LedgerOutcome.REJECTED);
        assertThat(VersionRule.foreign(tombstone, null, agencyStory))
                .isEqualTo("foreign-id: the article was first stored from ninjs (source 'Agence Orientale');"
                        + " an atom item from source 'Agence Orientale' may not change it");
    }

    @Test
    void feedItemCannotKillOrReplaceAFeedArticleFromAnotherSource() {
        VersionRule.Stored theirs = stored(from("Harbour Gazette", usable("https://gazette.example/a", 1, "rss", NOON)));
        assertThat(decide(from("Hill Courier", kill("https://gazette.example/a", 1, "atom")), theirs))
                .isEqualTo(LedgerOutcome.REJECTED);
        assertThat(decide(from("Hill Courier", usable("https://gazette.example/a", 1, "rss", NOON.plusSeconds(60))),
                theirs)).isEqualTo(LedgerOutcome.REJECTED);
        assertThat(decide(from("Harbour Gazette", kill("https://gazette.example/a", 1, "atom")), theirs))
                .isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void feedCopyingAnotherFeedsSourceNameCannotKillOrReplaceItsArticle() {
        NormalisedArticle entry = from("Harbour Desk", usable("urn:harbour:ferry", 1, "atom", NOON));
        VersionRule.Stored owned = storedFromFeed(12L, entry);

        assertThat(decideFromFeed(13, from("Harbour Desk", kill("urn:harbour:ferry", 1, "atom")), owned))
                .isEqualTo(LedgerOutcome.REJECTED);
        assertThat(decideFromFeed(13, from("Harbour Desk", usable("urn:harbour:ferry", 1, "atom", NOON.plusSeconds(60))),
                owned)).isEqualTo(LedgerOutcome.REJECTED);
        assertThat(VersionRule.foreign(kill("urn:harbour:ferry", 1, "atom"), 13L, owned))
                .isEqualTo("foreign-id: the article belongs to feed 12 (source 'Harbour Desk'); an item of feed 13 may"
                        + " not change it");
    }

    @Test
    void feedDeletesItsOwnEntriesWhateverSourceTheyName() {
        VersionRule.Stored aggregated = storedFromFeed(12L, from("Hill Courier", usable("urn:roundup:road", 1, "atom", NOON)));

        assertThat(decideFromFeed(12, from("Regional Roundup", kill("urn:roundup:road", 1, "atom")), aggregated))
                .isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void pushedFeedItemCannotChangeAFeedsArticleButAnAgencyKillStillCan() {
        VersionRule.Stored owned = storedFromFeed(12L, from("Harbour Desk", usable("urn:harbour:quay", 1, "rss", NOON)));

        assertThat(decide(from("Harbour Desk", kill("urn:harbour:quay", 1, "atom")), owned)).isEqualTo(LedgerOutcome.REJECTED);
        assertThat(decide(kill("urn:harbour:quay", 1, "ninjs"), owned)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void pushedFeedItemsAreJudgedBySourceAsBefore() {
        VersionRule.Stored pushed = stored(from("Harbour Desk", usable("urn:harbour:pier", 1, "rss", NOON)));

        assertThat(decide(from("Harbour Desk", kill("urn:harbour:pier", 1, "atom")), pushed)).isEqualTo(LedgerOutcome.KILLED);
        assertThat(decideFromFeed(12, from("Harbour Desk", kill("urn:harbour:pier", 1, "atom")), pushed))
                .isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void statesStoredBeforeTheirOriginWasKeptAreJudgedAsBefore() {
        NormalisedArticle first = usable("a", 1, "ninjs", NOON);
        VersionRule.Stored legacy = new VersionRule.Stored(1, NOON, PubStatus.USABLE, ContentFingerprint.contentHash(first),
                null, null, null);
        assertThat(decide(kill("a", 1, "atom"), legacy)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void agencyFormatsMayStillChangeAFeedArticle() {
        VersionRule.Stored feedStory = stored(usable("urn:story:2", 1, "rss", NOON));
        assertThat(decide(kill("urn:story:2", 1, "ninjs"), feedStory)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void feedEntryOfTheKilledVersionCannotReviveItEvenWhenUpdatedLater() {
        NormalisedArticle tombstone = kill("a", 1, "atom");
        VersionRule.Stored killed = new VersionRule.Stored(1, NOON, PubStatus.CANCELED,
                ContentFingerprint.contentHash(tombstone), "atom", "test", null);
        assertThat(decide(usable("a", 1, "atom", NOON.plusSeconds(3600)), killed)).isEqualTo(LedgerOutcome.STALE);
    }

    @Test
    void itemEmbargoedUntilLaterIsHeldAndReleasedWhenTheTimeComes() {
        NormalisedArticle embargoed = item("a", 1, "newsml-g2", NOON, PubStatus.USABLE, NOW.plusSeconds(3600), "H", "B");
        String hash = ContentFingerprint.contentHash(embargoed);
        assertThat(VersionRule.decide(embargoed, null, hash, null, false, NOW)).isEqualTo(LedgerOutcome.HELD);
        assertThat(VersionRule.decide(embargoed, null, hash, null, false, NOW.plusSeconds(3600))).isEqualTo(LedgerOutcome.ACCEPTED);
    }

    @Test
    void pastEmbargoIsNoEmbargoAndKillsAreNeverHeld() {
        NormalisedArticle past = item("a", 1, "ninjs", NOON, PubStatus.USABLE, NOON, "H", "B");
        NormalisedArticle embargoedKill = item("b", 1, "ninjs", NOON, PubStatus.WITHHELD, NOW.plusSeconds(60), null, null);
        assertThat(decide(past, null)).isEqualTo(LedgerOutcome.ACCEPTED);
        assertThat(decide(embargoedKill, null)).isEqualTo(LedgerOutcome.KILLED);
    }

    @Test
    void staleOrDuplicateEmbargoedItemIsNotHeld() {
        NormalisedArticle v1 = item("a", 1, "ninjs", NOON, PubStatus.USABLE, NOW.plusSeconds(60), "H", "B");
        assertThat(decide(v1, stored(usable("a", 2, "ninjs", NOON)))).isEqualTo(LedgerOutcome.STALE);
        assertThat(decide(v1, stored(v1))).isEqualTo(LedgerOutcome.DUPLICATE);
    }

    @Test
    void onlyAcceptedUpdatedAndKilledArePublished() {
        assertThat(LedgerOutcome.values()).filteredOn(VersionRule::publishes)
                .containsExactlyInAnyOrder(LedgerOutcome.ACCEPTED, LedgerOutcome.UPDATED, LedgerOutcome.KILLED);
    }
}
