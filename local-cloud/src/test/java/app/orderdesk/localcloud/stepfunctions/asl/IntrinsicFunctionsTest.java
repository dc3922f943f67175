package app.orderdesk.localcloud.stepfunctions.asl;

import app.orderdesk.localcloud.stepfunctions.asl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicFunctionsTest {

    /** Runs {@code expression} in a Pass state's Parameters and returns the result as compact JSON. */
    private static String evaluate(String expression, String input) {
        String definition = """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
                  "Parameters": {"r.$": %s}}}}""".formatted(Json.write(Json.MAPPER.getNodeFactory().textNode(expression)));
        ExecutionResult result = new EngineHarness().run(definition, input);
        assertThat(result.status()).as(String.valueOf(result.cause())).isEqualTo(ExecutionStatus.SUCCEEDED);
        return Json.write(result.output().get("r"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "States.Format('Hello {}, you are {}', $.name, $.age)        | \"Hello Ann, you are 30\"",
        "States.Format('{}', $.obj)                                   | \"{a=1, b=[1, 2]}\"",
        "States.StringToJson('{\"a\":1}')                           | {\"a\":1}",
        "States.JsonToString($.obj)                                   | \"{\\\"a\\\":1,\\\"b\\\":[1,2]}\"",
        "States.Array(1, 'two', $.age)                                | [1,\"two\",30]",
        "States.ArrayPartition(States.ArrayRange(1, 5, 1), 2)         | [[1,2],[3,4],[5]]",
        "States.ArrayContains($.obj.b, 2)                             | true",
        "States.ArrayRange(0, 10, 5)                                  | [0,5,10]",
        "States.ArrayGetItem($.obj.b, 1)                              | 2",
        "States.ArrayLength($.obj.b)                                  | 2",
        "States.ArrayUnique(States.Array(1, 1, 2))                    | [1,2]",
        "States.Base64Encode('Data to encode')                        | \"RGF0YSB0byBlbmNvZGU=\"",
        "States.Base64Decode('RGF0YSB0byBlbmNvZGU=')                  | \"Data to encode\"",
        "States.Hash('input data', 'SHA-1')                           | \"aaff4a450a104cd177d28d18d74485e8cae074b7\"",
        "States.JsonMerge($.obj, States.StringToJson('{\"a\":9}'), false) | {\"a\":9,\"b\":[1,2]}",
        "States.MathAdd($.age, -31)                                   | -1",
        "States.StringSplit('a,b,,c', ',')                            | [\"a\",\"b\",\"c\"]",
        "States.MathRandom(7, 8)                                      | 7",
    })
    void evaluatesIntrinsicFunctions(String expression, String expected) {
        String input = "{\"name\": \"Ann\", \"age\": 30, \"obj\": {\"a\": 1, \"b\": [1, 2]}}";

        assertThat(evaluate(expression.trim(), input)).isEqualTo(expected.trim());
    }

    @ParameterizedTest
    @CsvSource({"States.UUID()"})
    void generatesUuids(String expression) {
        assertThat(evaluate(expression, "{}")).matches("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"");
    }
}
