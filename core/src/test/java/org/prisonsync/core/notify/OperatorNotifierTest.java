package org.prisonsync.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorNotifierTest {
    private final List<String> posts = new ArrayList<>();
    private final OperatorNotifier alerts = new OperatorNotifier(posts::add, new NotifySettings(Duration.ofMinutes(1), 3,
            2));

    {
        alerts.rules(EngineNotifyRules.ALL);
    }

    @Test
    void aDeadLetteredMessageIsOnePostWithItsIdsAndTheCommandThatHandlesIt() {
        alerts.track("visit-booked-sent-to-dlq", Map.of("offenderNo", "A1234BC", "dlqName", "to-nomis-visits-dlq",
                "reason", "bad visitRoom"));
        alerts.track("visit-booked-create-success", Map.of("offenderNo", "A1234BC"));

        alerts.flush();

        assertThat(posts).singleElement().satisfies(text -> assertThat(text)
                .contains("1 × message dead-lettered (visit-booked-sent-to-dlq)", "offenderNo=A1234BC",
                        "reason=bad visitRoom", "`prison-sync dlq list to-nomis-visits-dlq`")
                .doesNotContain("create-success"));
    }

    @Test
    void repeatsOfOneEventInAWindowAreOnePostWithTheCountAndTheFirstExamples() {
        for (int i = 0; i < 5; i++) {
            alerts.track("alerts-reports-reconciliation-mismatch", Map.of("offenderNo", "A000" + i + "AA",
                    "run-id", "run-1"));
        }

        alerts.flush();
        alerts.flush();

        assertThat(posts).singleElement().satisfies(text -> assertThat(text)
                .contains("5 × reconciliation mismatch", "offenderNo=A0000AA", "offenderNo=A0001AA",
                        "`prison-sync reconciliation show run-1`", "… and 3 more")
                .doesNotContain("A0002AA"));
    }

    @Test
    void beyondThePostsAllowedPerWindowTheRestAreNamedInOneMorePost() {
        for (String event : List.of("a-sent-to-dlq", "b-sent-to-dlq", "c-sent-to-dlq", "d-sent-to-dlq")) {
            alerts.track(event, Map.of("dlqName", event + "-q"));
        }

        alerts.flush();

        assertThat(posts).hasSize(3);
        assertThat(posts.get(2)).startsWith("prison-sync: and 2 more kinds of alert:")
                .contains("1 × message dead-lettered (c-sent-to-dlq)", "(d-sent-to-dlq)");
    }

    @Test
    void aFailingWebhookIsCountedAndNeverReachesTheCaller() {
        OperatorNotifier failing = new OperatorNotifier(text -> {
            throw new IllegalStateException("webhook down");
        }, NotifySettings.DEFAULTS);
        failing.rules(EngineNotifyRules.ALL);

        failing.track("x-sent-to-dlq", Map.of("dlqName", "q"));
        failing.flush();

        assertThat(failing.stats()).isEqualTo(new OperatorNotifier.NotifierStats(0, 1));
    }

    @Test
    void nullPropertiesAndUnfilledPlaceholdersDoNotBreakAPost() {
        java.util.HashMap<String, String> props = new java.util.HashMap<>();
        props.put("offenderNo", null);
        alerts.track("x-migration-entity-failed", props);

        alerts.flush();

        assertThat(posts).singleElement().satisfies(text ->
                assertThat(text).contains("`prison-sync migrate failures {migrationId}`"));
    }

    @Test
    void aRuleNamesOneEventOrASuffix() {
        assertThat(new NotifyRule("*-sent-to-dlq", "t", "c").matches("visit-booked-sent-to-dlq")).isTrue();
        assertThat(new NotifyRule("alert-create-duplicate-active", "t", "c").matches("x-alert-create-duplicate-active"))
                .isFalse();
        assertThatThrownBy(() -> new NotifyRule("*", "t", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotifyRule("a*b", "t", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingPostsWhatGathered() {
        alerts.track("x-sent-to-dlq", Map.of("dlqName", "q"));

        alerts.close();

        assertThat(posts).singleElement().satisfies(text -> assertThat(text).contains("(x-sent-to-dlq)"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void closingDoesNotWaitForAHangingWebhookLongerThanItsBound() {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        OperatorNotifier hanging = new OperatorNotifier(text -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, NotifySettings.DEFAULTS);
        hanging.rules(EngineNotifyRules.ALL);
        hanging.track("x-sent-to-dlq", Map.of("dlqName", "q"));

        long started = System.nanoTime();
        hanging.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("bounded by the last posts' wait, not by the webhook").isLessThan(OperatorNotifier.LAST_POSTS
                        .plusSeconds(5));
        never.countDown();
    }
}
