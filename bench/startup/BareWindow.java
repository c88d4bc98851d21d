import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick for start-up: the least a JavaFX window can be (one Label), same JavaFX jars. */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("PSO Explorer")), 1280, 720));
            stage.setTitle("Bare JavaFX window");
            stage.show();
        }
    }
}
