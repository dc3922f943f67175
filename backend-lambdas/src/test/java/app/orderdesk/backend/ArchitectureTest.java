package app.orderdesk.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules described in backend-lambdas/README.md, checked on every build. */
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
                    "software.amazon.cloudwatchlogs..", "com.amazonaws.xray..")
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
}
