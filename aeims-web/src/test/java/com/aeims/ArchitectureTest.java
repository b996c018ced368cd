package com.aeims;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.aeims.application.call.CallProgress;
import com.aeims.application.call.CallReconciliation;
import com.aeims.application.room.RoomBilling;
import com.aeims.domain.model.account.DisplayNames;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.SettlementRecords;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layers of Cargo Tracker, held for the EJB and web modules together (the web module's test class path holds
 * both): interfaces, then application, then domain; infrastructure implements the ports of application and domain.
 */
class ArchitectureTest {

    private static final Pattern INTERNAL = Pattern.compile("com\\.aeims\\.application\\.(\\w+)\\.internal(\\..*)?");

    /** Every package of the interfaces layer a slice of its own, the layer's root package too. */
    private static final SliceAssignment EACH_INTERFACES_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals("com.aeims.interfaces") || pkg.startsWith("com.aeims.interfaces.")
                    ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of the interfaces layer";
        }
    };

    private final JavaClasses aeims = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.aeims");

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("com.aeims.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aeims.application..",
                        "com.aeims.infrastructure..", "com.aeims.interfaces..")
                .check(aeims);
    }

    @Test
    void applicationDependsOnlyOnDomainAndItsOwnPorts() {
        noClasses().that().resideInAPackage("com.aeims.application..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aeims.infrastructure..",
                        "com.aeims.interfaces..")
                .check(aeims);
    }

    @Test
    void infrastructureNeverReachesTheInterfaces() {
        noClasses().that().resideInAPackage("com.aeims.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("com.aeims.interfaces..")
                .check(aeims);
    }

    @Test
    void interfacesReachTheInfrastructureOnlyThroughTheApplication() {
        noClasses().that().resideInAPackage("com.aeims.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("com.aeims.infrastructure..")
                .check(aeims);
    }

    @Test
    void useCasesDependOnEachOtherOneWayOnly() {
        slices().matching("com.aeims.application.(*)..").should().beFreeOfCycles().check(aeims);
    }

    @Test
    void interfacePackagesDependOnEachOtherOneWayOnly() {
        slices().assignedFrom(EACH_INTERFACES_PACKAGE).should().beFreeOfCycles().check(aeims);
    }

    @Test
    void aUseCaseInternalsAreReachedOnlyFromItsOwnPackage() {
        classes().that().resideInAPackage("com.aeims..").should(reachNoOtherUseCaseInternals()).check(aeims);
    }

    @Test
    void interfacesUseApplicationServicesNotRepositoriesOrTheLedger() {
        noClasses().that().resideInAPackage("com.aeims.interfaces..")
                .should().dependOnClassesThat(assignableTo(Ledger.class).or(assignableTo(SettlementRecords.class))
                        .or(assignableTo(DisplayNames.class))
                        .or(resideInAPackage("com.aeims.domain..").and(simpleNameEndingWith("Repository"))))
                .check(aeims);
    }

    @Test
    void onlyThePbxAndTheTimersDriveCallProgressAndRoomBilling() {
        noClasses().that().resideInAPackage("com.aeims.interfaces..")
                .should().dependOnClassesThat(assignableTo(CallProgress.class)
                        .or(assignableTo(CallReconciliation.class)).or(assignableTo(RoomBilling.class)))
                .check(aeims);
    }

    private static ArchCondition<JavaClass> reachNoOtherUseCaseInternals() {
        return new ArchCondition<>("reach no other use case's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher internal = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                    String useCase = internal.matches() ? "com.aeims.application." + internal.group(1) : null;
                    if (useCase != null && !origin.getPackageName().equals(useCase)
                            && !origin.getPackageName().startsWith(useCase + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
