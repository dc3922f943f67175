package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import app.orderdesk.localcloud.stepfunctions.asl.choice.ChoiceRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceRulesTest {

    private static final String INPUT = """
            {"name": "order-42.pdf", "n": 5, "limit": 5.0, "flag": true, "missing": null,
             "at": "2024-03-01T10:00:00Z", "later": "2024-03-01T11:00:00+01:00"}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"Variable\": \"$.name\", \"StringMatches\": \"order-*.pdf\"}                   | true",
        "{\"Variable\": \"$.name\", \"StringMatches\": \"invoice-*\"}                     | false",
        "{\"Variable\": \"$.n\", \"NumericEqualsPath\": \"$.limit\"}                       | true",
        "{\"Variable\": \"$.n\", \"NumericGreaterThan\": 4.5}                              | true",
        "{\"Not\": {\"Variable\": \"$.flag\", \"BooleanEquals\": true}}                     | false",
        "{\"And\": [{\"Variable\": \"$.n\", \"IsNumeric\": true}, {\"Variable\": \"$.name\", \"IsString\": true}]} | true",
        "{\"Or\": [{\"Variable\": \"$.nope\", \"IsPresent\": true}, {\"Variable\": \"$.missing\", \"IsNull\": true}]} | true",
        "{\"Variable\": \"$.at\", \"TimestampEqualsPath\": \"$.later\"}                    | true",
        "{\"Variable\": \"$.at\", \"TimestampLessThan\": \"2024-03-01T10:00:01Z\"}         | true",
        "{\"Variable\": \"$.name\", \"IsTimestamp\": true}                                 | false",
        "{\"Variable\": \"$.nope\", \"StringEquals\": \"x\"}                               | false",
        "{\"Variable\": \"$.n\", \"IsBoolean\": false}                                     | true",
    })
    void evaluatesRules(String rule, boolean expected) {
        assertThat(ChoiceRules.matches(Json.parse(rule), Json.parse(INPUT), Json.object())).isEqualTo(expected);
    }
}
