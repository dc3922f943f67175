package app.orderdesk.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules described in docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "app.orderdesk.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoAwsSdk = noClasses()
            .that().resideInAnyPackage("..backend.domain..", "..backend.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
            .because("the domain and use cases must run and be tested without AWS; adapters talk to AWS");

    @ArchTest
    static final ArchRule coreKnowsNothingOfObservability = noClasses()
            .that().resideInAnyPackage("..backend.domain..", "..backend.usecase..", "..backend.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..backend.observability..", "org.apache.logging..",
                    "software.amazon.cloudwatchlogs..")
            .because("logs, metrics and traces are taken at the entry points; use cases stay plain Java");

    @ArchTest
    static final ArchRule domainImportsNoJackson = noClasses()
            .that().resideInAPackage("..backend.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "app.orderdesk.api..")
            .because("the domain model is plain Java; JSON and the wire contract belong at the edges");

    @ArchTest
    static final ArchRule domainIsTheInnermostLayer = noClasses()
            .that().resideInAPackage("..backend.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..backend.usecase..", "..backend.port..",
                    "..backend.adapter..", "..backend.entrypoint..", "..backend.config..")
            .because("dependencies point inward: nothing in the domain may know who uses it");

    @ArchTest
    static final ArchRule useCasesDependOnPortsNotAdapters = noClasses()
            .that().resideInAnyPackage("..backend.usecase..", "..backend.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..backend.adapter..", "..backend.entrypoint..", "..backend.config..")
            .because("use cases talk to the outside only through ports, so adapters can be swapped and faked");

    @ArchTest
    static final ArchRule adaptersDoNotCallEntrypoints = noClasses()
            .that().resideInAPackage("..backend.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("..backend.entrypoint..", "..backend.usecase..", "..backend.config..")
            .because("adapters implement ports; wiring happens in config and triggering in entrypoints");

    @ArchTest
    static final ArchRule apiHandlersAreIndependentOfWorkflowTasks = noClasses()
            .that().resideInAPackage("..backend.entrypoint.api..")
            .should().dependOnClassesThat().resideInAPackage("..backend.entrypoint.workflow..")
            .because("each entrypoint is its own Lambda function; sharing goes through use cases");

    @ArchTest
    static final ArchRule workflowTasksAreIndependentOfApiHandlers = noClasses()
            .that().resideInAPackage("..backend.entrypoint.workflow..")
            .should().dependOnClassesThat().resideInAPackage("..backend.entrypoint.api..")
            .because("each entrypoint is its own Lambda function; sharing goes through use cases");

    @ArchTest
    static final ArchRule entrypointsDoNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..backend.entrypoint..")
            .should().dependOnClassesThat().resideInAPackage("..backend.adapter..")
            .because("handlers parse, call one use case and map the outcome; config builds the adapters");

    /** A record or enum of the api module (or a type nested in one): a value, not behaviour. */
    private static final DescribedPredicate<JavaClass> API_VALUE_TYPES = DescribedPredicate.describe(
            "records and enums of the api module", c -> c.getPackageName().equals("app.orderdesk.api")
                    && (c.isRecord() || c.isEnum() || c.getEnclosingClass().map(e -> e.isRecord() || e.isEnum()).orElse(false)));

    @ArchTest
    static final ArchRule useCasesDependOnDomainPortsAndApiValuesOnly = classes()
            .that().resideInAPackage("..backend.usecase..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..",
                            "app.orderdesk.backend.domain..", "app.orderdesk.backend.port..", "app.orderdesk.backend.usecase..",
                            "app.orderdesk.backend.errors..", "org.apache.commons.csv..",
                            // h-p: the shared tax rule (plain Java, JDK only; the domain hands out its figures)
                            "app.orderdesk.pricing..")
                    .or(API_VALUE_TYPES))
            .because("a use case turns an api request record into domain operations through ports and its outcome "
                    + "into an api view record (decided in docs/architecture.md); JSON, HTTP and AWS stay at the edges");

    @ArchTest
    static final ArchRule portsAndDomainKnowNothingOfTheApi = noClasses()
            .that().resideInAnyPackage("..backend.domain..", "..backend.port..")
            .should().dependOnClassesThat().resideInAPackage("app.orderdesk.api..")
            .because("the domain and the ports are the business's own vocabulary; only use cases translate to the wire contract");

    @ArchTest
    static final ArchRule oneMappingBetweenTheOrderStatusEnums = noClasses()
            .that().doNotHaveFullyQualifiedName("app.orderdesk.backend.usecase.OrderStatusMapping")
            .should().accessFieldWhere(com.tngtech.archunit.core.domain.JavaFieldAccess.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.type(app.orderdesk.api.OrderStatus.class))))
            .orShould().callMethod(app.orderdesk.api.OrderStatus.class, "valueOf", String.class)
            .because("the domain's OrderStatus becomes the api's in one place, OrderStatusMapping, whose switch "
                    + "does not compile until a new status is mapped");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.orderdesk.backend.(**)")
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one unit that can only be understood and changed together");
}
