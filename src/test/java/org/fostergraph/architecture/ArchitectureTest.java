package org.fostergraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md, held on the compiled production classes (issue 22): features and the shared
 * domain and plumbing depend on each other without a loop, the shared domain ({@code care}) and the plumbing depend on
 * no feature, and the pages reach the service only through the GraphQL API.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fostergraph");
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.fostergraph.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void theSharedDomainDependsOnNoFeatureAndNoPlumbing() {
        noClasses().that().resideInAPackage("org.fostergraph.care..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.fostergraph.care..", "java..", "org.springframework..", "org.apache.commons.csv..")
                .check(production);
    }

    @Test
    void thePlumbingDependsOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.fostergraph.neo4j..", "org.fostergraph.api..", "org.fostergraph.support..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fostergraph.audit..", "org.fostergraph.child..",
                        "org.fostergraph.constellation..", "org.fostergraph.forecast..", "org.fostergraph.geo..",
                        "org.fostergraph.history..", "org.fostergraph.household..", "org.fostergraph.matching..",
                        "org.fostergraph.placement..", "org.fostergraph.referral..", "org.fostergraph.report..",
                        "org.fostergraph.security..", "org.fostergraph.seed..", "org.fostergraph.ssda903..",
                        "org.fostergraph.web..")
                .check(production);
    }

    @Test
    void thePagesAskTheApiAndReachNoFeatureDirectly() {
        noClasses().that().resideInAPackage("org.fostergraph.web..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a class of fostergraph outside web",
                        type -> type.getPackageName().startsWith("org.fostergraph")
                                && !type.getPackageName().startsWith("org.fostergraph.web")))
                .check(production);
    }
}
