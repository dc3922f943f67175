package app.orderdesk.localcloud.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SideBySideTest {

    @Test
    void theRatioIsTheMedianOfTheRoundsRatiosNotTheRatioOfTheirMedians() {
        ArrayNode rounds = DeskClient.JSON.createArrayNode();
        // The rounds' ratios: 2.0, 1.1, 1.2 (median 1.2). The ratio of the sides' medians would be 165 / 125 = 1.32,
        // of their means 171.7 / 125 = 1.37: a slow round would weigh on both of those.
        rounds.addObject().put("app", 200).put("floor", 100);
        rounds.addObject().put("app", 165).put("floor", 150);
        rounds.addObject().put("app", 150).put("floor", 125);

        SideBySide ratio = SideBySide.of(rounds, "app", "floor", 9.9);

        assertThat(ratio.perRound()).containsExactly(2.0, 1.1, 1.2);
        assertThat(ratio.ratio()).isCloseTo(1.2, within(1e-9));
        assertThat(ratio.how()).isEqualTo("; median of 3 interleaved rounds");
        assertThat(ratio.rounds(r -> String.format(java.util.Locale.ROOT, "%.1f", r))).isEqualTo(" (rounds: 2.0, 1.1, 1.2)");
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        ArrayNode rounds = DeskClient.JSON.createArrayNode();
        rounds.addObject().put("app", 120).put("floor", 100);
        rounds.addObject().put("app", 140).put("floor", 100);

        assertThat(SideBySide.of(rounds, "app", "floor", 9.9).ratio()).isCloseTo(1.3, within(1e-9));
    }

    @Test
    void withoutRoundsItFallsBackToTheSeparateRunsAndSaysSo() {
        SideBySide ratio = SideBySide.of(DeskClient.JSON.createArrayNode(), "app", "floor", 1.38);

        assertThat(ratio.ratio()).isEqualTo(1.38);
        assertThat(ratio.how()).isEqualTo("; the two runs minutes apart");
        assertThat(ratio.rounds(r -> "x")).isEmpty();
    }

    @Test
    void aRoundWhereOneSideCompletedNothingIsLeftOut() {
        ArrayNode rounds = DeskClient.JSON.createArrayNode();
        rounds.addObject().put("app", 130).put("floor", 100);
        rounds.addObject().put("app", 0).put("floor", 100);
        rounds.addObject().put("app", "NaN").put("floor", 100);

        assertThat(SideBySide.of(rounds, "app", "floor", 9.9).perRound()).containsExactly(1.3);
    }
}
