package org.psoexplorer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Taxonomy;

/** The desktop application. */
public final class ExplorerApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Taxonomy taxonomy = TaxonomyLoader.defaultTaxonomy();
        ListView<String> list = new ListView<>();
        taxonomy.concepts().forEach(c -> list.getItems().add(taxonomy.text(c.label(), "en")));
        stage.setTitle("PSO Explorer — " + taxonomy.text(taxonomy.title(), "en"));
        stage.setScene(new Scene(list, 1100, 700));
        stage.show();
    }
}
