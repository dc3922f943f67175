package app.orderdesk.pricing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rule shared by the backend's domain and the desk depends on the JDK only (no JSON, no wire contract). */
class PricingIsPlainJavaTest {

    @Test
    void pricingDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("app.orderdesk.pricing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.orderdesk.pricing..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.orderdesk.pricing"));
    }
}
