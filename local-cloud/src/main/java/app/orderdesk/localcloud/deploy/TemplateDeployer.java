package app.orderdesk.localcloud.deploy;

import app.orderdesk.localcloud.DemoUser;
import app.orderdesk.localcloud.trace.BootTrace;
import app.orderdesk.localcloud.aws.AwsClients;
import app.orderdesk.localcloud.iam.enforcer.IamPolicy;
import app.orderdesk.localcloud.lambda.FunctionDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * "Deploys" the SAM template on this machine: resolves its intrinsics to local names and ARNs,
 * creates tables, buckets, topics, the user pool and the state machine in the emulators and the
 * Step Functions service, resolves each function's environment and IAM policy, and seeds the demo
 * catalogue and users.
 */
public final class TemplateDeployer {

    private final SamTemplate template;
    private final AwsClients aws;
    private final LocalResourceNames names = new LocalResourceNames();
    private final IntrinsicResolver resolver;
    private final TemplateFunctions functions;
    private final List<WebSocketApiSettings> webSockets;

    public TemplateDeployer(SamTemplate template, AwsClients aws) {
        this.template = template;
        this.aws = aws;
        this.resolver = new IntrinsicResolver(template, names);
        this.functions = new TemplateFunctions(template);
        this.webSockets = WebSocketApiSettings.from(template);
    }

    public List<FunctionDefinition> functions() {
        return functions.definitions();
    }

    public TemplateFunctions templateFunctions() {
        return functions;
    }

    public DeployedStack deploy(StateMachineRegistry stateMachines) {
        return deploy(stateMachines, null);
    }

    /**
     * Deploys the template. {@code lastDeploy}, when given, is the stamp of the last complete deploy made from the
     * same inputs (template, artifacts, data folder): the tables, bucket and user pool it created are then checked
     * with one list call per emulator and, all still there, reused without a create call each (nor the catalogue
     * seed); if one is gone, everything is deployed as without a stamp. Topics and queues live in the SNS/SQS
     * emulator's memory and the state machine in this JVM's, so they are created at every start; the demo users
     * get new passwords at every start by design.
     */
    public DeployedStack deploy(StateMachineRegistry stateMachines, DeployStamp lastDeploy) {
        functions.registerNames(names);
        template.resourcesOfType(ApiSettings.API_TYPE).keySet().forEach(id -> names.register(id, "local", Map.of("RootResourceId", "root")));

        // Topics and queues (in memory in their emulator) do not depend on the rest: create them meanwhile.
        CompletableFuture<Map<String, TopicDeployer.DeployedTopic>> topicsAndQueues = CompletableFuture.supplyAsync(() -> {
            Map<String, TopicDeployer.DeployedTopic> deployed = deployTopics();
            deployQueues();
            return deployed;
        }, BootThreads.EACH_ITS_OWN);
        String missing = lastDeploy == null ? "no deploy stamp from the same template, artifact and data" : missingOf(lastDeploy);
        BootTrace.at("checked");
        boolean reused = missing == null;

        CompletableFuture<UserPoolDeployer.DeployedUserPool> pool;
        Map<String, String> tables;
        Map<String, String> buckets;
        List<String> createdTables = new ArrayList<>();
        if (reused) {
            pool = CompletableFuture.completedFuture(new UserPoolDeployer(aws.cognito())
                    .registerExisting(template, names, lastDeploy.userPoolId(), lastDeploy.clientId()));
            tables = TableDeployer.registerExisting(template, names);
            buckets = BucketDeployer.registerExisting(template, names);
        } else {
            // Cognito and the data/workflow resources do not depend on each other: deploy them side by side.
            pool = CompletableFuture.supplyAsync(() -> new UserPoolDeployer(aws.cognito()).deploy(template, names), BootThreads.EACH_ITS_OWN);
            tables = new TableDeployer(aws.dynamoDb()).deploy(template, names, createdTables);
            buckets = new BucketDeployer(aws.s3()).deploy(template, names);
        }
        CompletableFuture<Map<String, DemoUser>> users = pool.thenApplyAsync(
                p -> new DemoUserProvisioner(aws.cognito()).provision(p.userPoolId(), reused));
        BootTrace.at("tables+buckets");
        Map<String, TopicDeployer.DeployedTopic> topics = join(topicsAndQueues);
        BootTrace.at("topics+queues");
        webSockets.forEach(api -> names.register(api.logicalId(), api.apiId(), Map.of("ApiEndpoint", "ws://127.0.0.1")));
        Map<String, String> machines = new StateMachineDeployer(stateMachines).deploy(template, names, resolver);
        BootTrace.at("machines");
        join(pool); // function environments may refer to the pool

        BootTrace.at("pool");
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        Map<String, IamPolicy> policies = new LinkedHashMap<>();
        functions.definitions().forEach(f -> {
            environments.put(f.name(), functions.environment(f.name(), resolver));
            policies.put(f.name(), FunctionPolicies.resolve(template, f.name(), resolver));
        });

        BootTrace.at("envs+policies");
        boolean seeded = seedCatalogueIfNew(tables, createdTables, tables.get("InventoryTable"));

        Map<String, String> topicArns = new LinkedHashMap<>();
        Map<String, String> queueUrls = new LinkedHashMap<>();
        topics.forEach((id, topic) -> {
            topicArns.put(id, topic.topicArn());
            queueUrls.put(id, topic.queueUrl());
        });
        String note = reused
                ? "reused the last deploy (same template, artifact and data; " + tables.size() + " tables, " + buckets.size()
                        + " bucket(s) and the user pool checked with ListTables, ListBuckets, ListUserPools): skipped creating "
                        + tables.size() + " tables, " + buckets.size() + " bucket(s), the user pool, its client and "
                        + template.resourcesOfType("AWS::Cognito::UserPoolGroup").size() + " groups; demo users: new passwords only"
                : "full deploy (" + missing + ")";
        BootTrace.at("before users");
        return new DeployedStack(tables, buckets, topicArns, queueUrls, join(pool).userPoolId(), join(pool).clientId(),
                machines, environments, policies, traced(join(users)), seeded, reused, note);
    }

    /**
     * Null when every table, bucket and the user pool of {@code lastDeploy} is still there (one list call per
     * emulator, side by side), else what is gone.
     */
    private String missingOf(DeployStamp lastDeploy) {
        CompletableFuture<List<String>> tableNames = CompletableFuture.supplyAsync(
                () -> BootTrace.after("listTables", aws.dynamoDb().listTables(r -> r.limit(100)).tableNames()), BootThreads.EACH_ITS_OWN);
        CompletableFuture<List<String>> bucketNames = CompletableFuture.supplyAsync(
                () -> BootTrace.after("listBuckets", aws.s3().listBuckets().buckets().stream().map(b -> b.name()).toList()), BootThreads.EACH_ITS_OWN);
        String poolName = UserPoolDeployer.poolName(template);
        boolean poolThere = BootTrace.after("listUserPools", aws.cognito().listUserPools(r -> r.maxResults(60))).userPools().stream()
                .anyMatch(p -> p.id().equals(lastDeploy.userPoolId()) && poolName.equals(p.name()));
        List<String> missing = new ArrayList<>();
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((id, resource) -> {
            if (!join(tableNames).contains(TableDeployer.tableName(id, resource))) {
                missing.add("table " + TableDeployer.tableName(id, resource));
            }
        });
        template.resourcesOfType("AWS::S3::Bucket").forEach((id, resource) -> {
            if (!join(bucketNames).contains(BucketDeployer.bucketName(id, resource))) {
                missing.add("bucket " + BucketDeployer.bucketName(id, resource));
            }
        });
        if (!poolThere) {
            missing.add("user pool " + lastDeploy.userPoolId());
        }
        return missing.isEmpty() ? null : "the last deploy's " + String.join(", ", missing) + " gone";
    }

    /**
     * A function's {@code Ref} is its name, {@code GetAtt Arn} its ARN; with {@code AutoPublishAlias}
     * SAM also answers {@code Ref Fn.Alias} (the alias ARN, qualified) and {@code Ref Fn.Version}.
     */
    static void registerFunction(SamTemplate template, LocalResourceNames names, String logicalId) {
        String arn = LocalResourceNames.functionArn(logicalId);
        names.register(logicalId, logicalId, Map.of("Arn", arn));
        String alias = template.resource(logicalId).path("Properties").path("AutoPublishAlias")
                .asText(template.functionGlobals().path("AutoPublishAlias").asText(""));
        if (!alias.isBlank()) {
            names.register(logicalId + ".Alias", arn + ":" + alias, Map.of("Name", alias));
            names.register(logicalId + ".Version", arn + ":1", Map.of("Version", "1"));
        }
    }

    /**
     * After the emulators restart: tables, bucket and pool persisted on disk; topics and queues
     * lived in memory and are created again under the same names (so the same ARNs and URLs).
     */
    public void redeployAfterEmulatorRestart() {
        new TableDeployer(aws.dynamoDb()).deploy(template, names, new ArrayList<>());
        new BucketDeployer(aws.s3()).deploy(template, names);
        deployTopics();
        deployQueues();
    }

    /** Queues and SNS→SQS subscriptions (today the failed-invocations queue). */
    private Map<String, String> deployQueues() {
        return new QueueDeployer(aws.sqs(), aws.sns()).deploy(template, names, resolver);
    }

    /** The template's WebSocket APIs (API id, stage, route → function). */
    public List<WebSocketApiSettings> webSocketApis() {
        return webSockets;
    }

    /** The functions fed by an SQS queue, with the queue's local URL (after {@link #deploy}). */
    public List<SqsEventSource> sqsEventSources() {
        return SqsEventSource.from(template, names);
    }

    private static <T> T traced(T t) {
        BootTrace.at("users");
        return t;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Map<String, TopicDeployer.DeployedTopic> deployTopics() {
        return new TopicDeployer(aws.sns(), aws.sqs()).deploy(template, names);
    }

    /** Only a new Inventory table is seeded, so stock changes made locally survive a restart. */
    private boolean seedCatalogueIfNew(Map<String, String> tables, List<String> createdTables, String inventoryTable) {
        if (inventoryTable == null) {
            return false;
        }
        boolean created = tables.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(inventoryTable) && createdTables.contains(e.getKey()));
        if (created) {
            DemoCatalogue.seed(aws.dynamoDb(), inventoryTable);
        }
        return created;
    }

}
