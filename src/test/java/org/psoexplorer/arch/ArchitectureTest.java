package org.psoexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of docs/ARCHITECTURE: the core never sees JavaFX, and arrows point inward. */
@AnalyzeClasses(packages = "org.psoexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"org.psoexplorer.model..", "org.psoexplorer.io..",
        "org.psoexplorer.graph..", "org.psoexplorer.layout..", "org.psoexplorer.diagram..", "org.psoexplorer.export..",
        "org.psoexplorer.edit.."};

    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the core must run headless: in the command line, the exporters and the tests");

    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("org.psoexplorer.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.psoexplorer.io..", "org.psoexplorer.graph..",
                    "org.psoexplorer.layout..", "org.psoexplorer.diagram..", "org.psoexplorer.export..",
                    "org.psoexplorer.cli..", "org.psoexplorer.ui..", "com.fasterxml..", "org.jgrapht..")
            .because("the model is the innermost layer: plain records every other layer shares");

    @ArchTest
    static final ArchRule layoutKnowsNoTaxonomy = noClasses().that().resideInAPackage("org.psoexplorer.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.psoexplorer.model..", "org.psoexplorer.io..",
                    "org.psoexplorer.diagram..", "java.awt..")
            .because("layouts place boxes in a plain graph, whatever the graph stands for");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.psoexplorer.cli..", "org.psoexplorer.ui..")
            .because("the command line and the window are built on the core, never the reverse");

    @ArchTest
    static final ArchRule uiAndCliAreSiblings = noClasses().that().resideInAPackage("org.psoexplorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.psoexplorer.cli..")
            .because("the window and the command line are independent front ends");

    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("org.psoexplorer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.psoexplorer.ui..", "javafx..")
            .because("the command line runs with no display");

    @ArchTest
    static final ArchRule buttonsSpeakTheInterfacesLanguage = noClasses().that().resideInAPackage("org.psoexplorer.ui..")
            .should().accessField(javafx.scene.control.ButtonType.class, "OK")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "APPLY")
            .because("JavaFX's own buttons take their text from the JVM's locale, not the interface language "
                    + "chosen in the menu: a French window would show an English 'OK'; use DialogButtons");
}
