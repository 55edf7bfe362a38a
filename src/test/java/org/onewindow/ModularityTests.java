package org.onewindow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OneWindowApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    /**
     * Writes the module diagrams and canvases into {@code target/module-docs}; set
     * {@code ONEWINDOW_MODULE_DOCS=docs/modules} to refresh the committed copy.
     */
    @Test
    void writesModuleDocumentation() {
        String folder = System.getenv().getOrDefault("ONEWINDOW_MODULE_DOCS", "target/module-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
