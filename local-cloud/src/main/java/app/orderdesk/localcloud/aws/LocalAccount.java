package app.orderdesk.localcloud.aws;

/**
 * The account and region the local cloud pretends to be, and the Lambda ARN format. Kept here, below
 * both the deployer and the Lambda invoker, so neither needs the other to name a function.
 */
public final class LocalAccount {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "111111111111";
    public static final String PARTITION = "aws";

    private LocalAccount() {}

    public static String functionArn(String functionName) {
        return "arn:" + PARTITION + ":lambda:" + REGION + ":" + ACCOUNT + ":function:" + functionName;
    }
}
