package io.hopscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of the style guide, checked on every build. */
@AnalyzeClasses(packages = "io.hopscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule headlessPackagesUseNoToolkit = noClasses()
            .that().resideInAnyPackage("io.hopscope.model..", "io.hopscope.diagram..", "io.hopscope.check..",
                    "io.hopscope.engine..", "io.hopscope.reach..", "io.hopscope.edit..", "io.hopscope.io..", "io.hopscope.lab..",
                    "io.hopscope.cli..", "io.hopscope.text..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
            .because("the CLI, CI and the engine's fix suggestions run on machines without a display, "
                    + "and a JavaFX or AWT class loaded there fails or drags in a toolkit");

    @ArchTest
    static final ArchRule exportPaintsWithoutJavaFx = noClasses()
            .that().resideInAPackage("io.hopscope.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the CLI's render command paints PNGs with headless Java2D; JavaFX needs a toolkit");

    @ArchTest
    static final ArchRule picturesArePlacedInOnePlace = noClasses()
            .that().resideInAnyPackage("io.hopscope.cli..", "io.hopscope.export..", "io.hopscope.io.svg..",
                    "io.hopscope.ui..", "io.hopscope.app..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.hopscope.diagram.autolayout.AutoLayout")
            .because("a resource without a shape is placed by DiagramPictureBuilder for the canvas, the CLI's "
                    + "render and the app's export alike; a front end that re-laid the diagram itself drew it "
                    + "somewhere else than the window does (the layout of an import is io.importing's job)");

    @ArchTest
    static final ArchRule engineKnowsNoFileFormat = noClasses()
            .that().resideInAPackage("io.hopscope.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("io.hopscope.io..", "com.fasterxml.jackson..")
            // The engine package arrives from another branch; until then there is nothing to check.
            .allowEmptyShould(true)
            .because("the engine traces the model, whatever file or AWS dump it came from, "
                    + "so formats can change without touching the tracer");

    @ArchTest
    static final ArchRule reachKnowsNoFileFormat = noClasses()
            .that().resideInAPackage("io.hopscope.reach..")
            .should().dependOnClassesThat().resideInAnyPackage("io.hopscope.io..", "com.fasterxml.jackson..")
            .because("exposure, matrix and policy evaluation work on models and policy values; io reads the "
                    + "YAML or JSON into those values, so the file format can change without touching them");

    @ArchTest
    static final ArchRule onlyCollectTalksToAws = noClasses()
            .that().resideOutsideOfPackages("io.hopscope.io.collect..", "io.hopscope.cli..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("the AWS SDK is for reading a live account ('collect'); the model, engine and readers work on files"
                    + " offline and must not grow a dependency on it");

    @ArchTest
    static final ArchRule viewModelsUseNoSceneGraph = noClasses()
            .that().resideInAnyPackage("io.hopscope.ui..", "io.hopscope.app..")
            .and().haveNameMatching(".*(ViewModel|Status|Row|Choices?|Texts|Parsers|Preset|Question|Verdicts|Plan|Playback"
                    + "|Document|Preferences|Picture|PictureBuilder|Assembler|Placement|Placer"
                    // What features register with the inspector and the problems panel: plain values.
                    + "|Section|Action|Feed)")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models and the values they hand to views hold state in properties and records "
                    + "only, so they are tested without a toolkit and the views stay thin");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Net").definedBy("io.hopscope.model.net..")
            .layer("Model").definedBy("io.hopscope.model")
            .layer("Diagram").definedBy("io.hopscope.diagram..")
            .layer("Check").definedBy("io.hopscope.check..")
            .layer("Edit").definedBy("io.hopscope.edit..")
            .layer("Engine").definedBy("io.hopscope.engine..")
            .layer("Reach").definedBy("io.hopscope.reach..")
            .layer("Io").definedBy("io.hopscope.io..")
            .layer("Export").definedBy("io.hopscope.export..")
            .layer("Cli").definedBy("io.hopscope.cli..")
            .layer("Ui").definedBy("io.hopscope.ui..")
            .layer("App").definedBy("io.hopscope.app..")
            .layer("Main").definedBy("io.hopscope")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Diagram", "Check", "Edit", "Engine", "Reach", "Io",
                    "Export", "Cli", "Ui", "App")
            .whereLayer("Diagram").mayOnlyBeAccessedByLayers("Edit", "Engine", "Reach", "Io", "Export", "Cli", "Ui",
                    "App")
            .whereLayer("Check").mayOnlyBeAccessedByLayers("Edit", "Engine", "Reach", "Io", "Export", "Cli", "Ui", "App")
            .whereLayer("Edit").mayOnlyBeAccessedByLayers("Engine", "Reach", "Io", "Export", "Cli", "Ui", "App")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Reach", "Io", "Export", "Cli", "Ui", "App")
            .whereLayer("Reach").mayOnlyBeAccessedByLayers("Io", "Export", "Cli", "Ui", "App")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui", "App")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Main")
            .because("each layer builds only on the ones below it (values, then the diagram and its checks, "
                    + "edits, the engine, reachability over header spaces, files, pictures, and the two front ends), so a lower layer is "
                    + "changed and tested without the ones above");

    @ArchTest
    static final ArchRule sentencesStandAlone = classes()
            .that().resideInAPackage("io.hopscope.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.hopscope.text..", "java..")
            .because("the translatable sentence is vocabulary of the edits, the engine and both front ends; "
                    + "it rests on the JDK's resource bundles alone");

    @ArchTest
    static final ArchRule addressMathStandsAlone = classes()
            .that().resideInAPackage("io.hopscope.model.net..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.hopscope.model.net..", "java..",
                    "inet.ipaddr..")
            .because("CIDR, address, port and protocol values are the vocabulary of every layer; they rest "
                    + "on the JDK and the IP library alone");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses()
            .that().resideOutsideOfPackage("io.hopscope.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the CLI owns stdout and stderr (scripts parse them); everything else reports "
                    + "through return values, problems or the UI");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices()
            .matching("io.hopscope.(*)..")
            .should().beFreeOfCycles()
            .because("each layer builds on the ones below it; a cycle makes them one layer that "
                    + "can only be changed and tested together");

    /** Every package under engine is its own slice, the root (the trace vocabulary) included. */
    private static final SliceAssignment ENGINE_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals("io.hopscope.engine") || p.startsWith("io.hopscope.engine.")
                    ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of io.hopscope.engine";
        }
    };

    @ArchTest
    static final ArchRule noCyclesAmongEnginePackages = slices()
            .assignedFrom(ENGINE_PACKAGES)
            .should().beFreeOfCycles()
            .because("the trace vocabulary (engine) sits below the evaluators (eval), the fixes (fix) and the "
                    + "walk (walk) that produce it; a cycle would make them one unit");

    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices()
            .matching("io.hopscope.(**)")
            .should().beFreeOfCycles()
            .because("a sub-package is a unit a reader can take in alone; a cycle between two of them "
                    + "(a rule package calling back into its validator) hides which one is the base");
}
