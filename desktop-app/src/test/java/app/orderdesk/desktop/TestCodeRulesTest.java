package app.orderdesk.desktop;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.testfx.api.FxRobotInterface;

/** Rules for the desktop app's tests themselves. */
@AnalyzeClasses(packages = "app.orderdesk.desktop", importOptions = ImportOption.OnlyIncludeTests.class)
class TestCodeRulesTest {

    @ArchTest
    static final ArchRule robotsClickThroughClicks = noClasses()
            .that().doNotHaveFullyQualifiedName(Clicks.class.getName())
            .should().callMethodWhere(target(owner(JavaClass.Predicates.assignableTo(FxRobotInterface.class)))
                    .and(target(nameMatching("clickOn|doubleClickOn|rightClickOn|moveTo|drag"))))
            .because("TestFX works out where to click on the test thread, and JavaFX's lazily cached bounds then race the "
                    + "FX thread's layout (an IndexOutOfBoundsException in Parent.updateCachedBounds in a fresh-clone run); "
                    + "Clicks works the place out on the FX thread");
}
