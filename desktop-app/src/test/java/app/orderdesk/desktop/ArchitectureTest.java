package app.orderdesk.desktop;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.image.Image;

/** The desktop app's layering rules, checked on every build. */
@AnalyzeClasses(packages = "app.orderdesk.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appTalksToTheBackendOnlyOverHttp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("app.orderdesk.backend..", "app.orderdesk.localcloud..")
            .because("the desktop app reaches the backend only through the HTTP contract in the api module; "
                    + "local-cloud is a test-time dependency");

    @ArchTest
    static final ArchRule viewModelsStayFreeOfNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat(resideInAPackage("javafx.scene..").and(not(equivalentTo(Image.class))))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "javafx.embed..")
            .because("view models hold state and logic testable without a screen; the only javafx.scene type "
                    + "they may hold is Image, the rendered receipt, which is data rather than a node");

    @ArchTest
    static final ArchRule onlyTheReceiptRendererUsesPdfBox = noClasses()
            .that().doNotHaveSimpleName("PdfBoxReceiptRenderer")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("PDF rendering sits behind ReceiptRenderer so view models can be tested with a fake");

    @ArchTest
    static final ArchRule onlyTheCognitoAdapterUsesTheAwsSdk = noClasses()
            .that().doNotHaveSimpleName("CognitoAuthService")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..")
            .because("sign-in is behind AuthService, so screens and tests do not depend on the AWS SDK");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.orderdesk.desktop.(**)")
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one unit that can only be understood and changed together");

    /** The application class reads the profile file while the FX toolkit starts, before the executor exists. */
    private static final String START_UP = "app.orderdesk.desktop.OrderDeskApp";

    @ArchTest
    static final ArchRule onlyTheBackgroundExecutorStartsThreads = noClasses()
            .that().doNotHaveFullyQualifiedName("app.orderdesk.desktop.infra.FxBackgroundExecutor")
            .and().doNotHaveFullyQualifiedName(START_UP)
            .should().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                    java.util.concurrent.ExecutorService.class, java.util.concurrent.ThreadPoolExecutor.class,
                    java.util.concurrent.ScheduledThreadPoolExecutor.class, java.util.concurrent.ForkJoinPool.class,
                    java.util.concurrent.CompletableFuture.class, java.util.Timer.class,
                    javafx.concurrent.Task.class, javafx.concurrent.Service.class, javafx.animation.Timeline.class)
            .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("sendAsync")))
            .because("background work goes through the one BackgroundExecutor, which runs work off the FX thread and "
                    + "its callbacks on it (FxBackgroundExecutorTest), so UI-bound state is only ever set on the FX thread");

    @ArchTest
    static final ArchRule onlyTheExecutorAndViewsPostToTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName("app.orderdesk.desktop.infra.FxBackgroundExecutor")
            .and().doNotHaveFullyQualifiedName(START_UP)
            .and().haveSimpleNameNotEndingWith("View")
            .and().doNotHaveFullyQualifiedName("app.orderdesk.desktop.ui.TableFitsItsRows")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("worker results reach the FX thread through the BackgroundExecutor's callbacks; a view, already on "
                    + "the FX thread, may only defer its own UI work (such as a focus request) with runLater, and so may "
                    + "the layout helper that sets a table's height once the layout pass that measured it is over");

    @ArchTest
    static final ArchRule wordsAreLookedUpWhenShownNotWhenAClassLoads = noClasses()
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("look up words in a static initializer") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                    type.getStaticInitializer().ifPresent(init -> init.getMethodCallsFromSelf().stream()
                            .filter(call -> call.getTargetOwner().isEquivalentTo(app.orderdesk.desktop.ui.Messages.class))
                            .forEach(call -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(call, call.getDescription()))));
                }
            })
            .because("a word kept in a static field is read once per JVM, in whatever language was current then: "
                    + "German words leaked into English screen tests that ran later in the same JVM (session 11); "
                    + "Messages.text is called where the words are shown");
}
