package app.orderdesk.localcloud;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the local cloud's parts independent: only {@link LocalCloud} wires them together. */
class LocalCloudArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.orderdesk.localcloud");

    @Test
    void onlyTheDemoCatalogueUsesBackendCode() {
        noClasses().that().doNotHaveFullyQualifiedName("app.orderdesk.localcloud.deploy.DemoCatalogue")
                .should().dependOnClassesThat().resideInAPackage("app.orderdesk.backend..")
                .because("handlers are loaded by the class names in the template, so the local cloud runs any backend build; "
                        + "the catalogue alone reuses the backend's repository so the item schema lives in one place")
                .check(CLASSES);
    }

    @Test
    void theIamEnforcerNeedsOnlyTheSdkAndTheJdk() {
        classes().that().resideInAPackage("..localcloud.iam.enforcer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "software.amazon.awssdk..", "..localcloud.iam.enforcer..")
                .because("its classes are loaded inside each function's class loader, where only the artifact (with its SDK) is visible")
                .check(CLASSES);
    }

    @Test
    void theMeteringInterceptorNeedsOnlyTheSdkAndTheJdk() {
        classes().that().resideInAPackage("..localcloud.metering.interceptor..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "software.amazon.awssdk..", "..localcloud.metering.interceptor..")
                .because("like the IAM enforcer, it is loaded inside each function's class loader, where only the artifact (with its SDK) is visible")
                .check(CLASSES);
    }

    @Test
    void theApiFrontKnowsNothingOfDeploymentOrEmulators() {
        noClasses().that().resideInAPackage("..localcloud.apigateway..")
                .should().dependOnClassesThat().resideInAnyPackage("..localcloud.deploy..", "..localcloud.emulators..", "..localcloud.aws..")
                .because("LocalCloud wires the parts; the front only needs routes, a verifier and a Lambda backend")
                .check(CLASSES);
    }

    @Test
    void theStepFunctionsServiceStandsAlone() {
        noClasses().that().resideInAPackage("..localcloud.stepfunctions..")
                .should().dependOnClassesThat().resideInAnyPackage("..localcloud.apigateway..", "..localcloud.deploy..",
                        "..localcloud.emulators..", "..localcloud.lambda..", "..localcloud.integrations..", "..localcloud.aws..")
                .because("the interpreter is checked against AWS-recorded results on its own, through its two integration interfaces")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenTheParts() {
        slices().matching("app.orderdesk.localcloud.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle makes two parts one unit that can only be understood and changed together")
                .check(CLASSES);
    }

    /** Package by package as well, the ASL interpreter's sub-packages included. */
    @Test
    void noPackageCycles() {
        slices().matching("app.orderdesk.localcloud.(**)")
                .should().beFreeOfCycles()
                .because("a cycle makes two packages one unit that can only be understood and changed together")
                .check(CLASSES);
    }
}
