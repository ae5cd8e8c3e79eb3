package dev.parley.client.ui.profile;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.media.Media;
import dev.parley.client.model.UserColors;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The profile dialog over a {@link ProfileViewModel}: the avatar with "Choose picture…" (a file
 * chooser; the picture is uploaded and cropped square by the server) and "Remove", the display
 * name, the name colour (a palette, or any colour with the picker) and the status line. Save sends
 * the changes; the dialog stays open to show a refusal.
 */
public final class ProfileView {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ProfileView(ProfileViewModel vm, Localization i18n, Media media) {
        StackPane avatar = new StackPane();
        avatar.setId("profileAvatar");
        avatar.setMinSize(64, 64);
        vm.userProperty().addListener((obs, old, now) -> avatar.getChildren().setAll(media.avatar(now, 64)));
        avatar.getChildren().setAll(media.avatar(vm.userProperty().get(), 64));
        Button choose = new Button();
        choose.setId("profileChooseAvatar");
        choose.textProperty().bind(i18n.text("profile.avatar.choose"));
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("profile.avatar.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("profile.avatar.pictures"),
                    "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                vm.chooseAvatar(file.toPath());
            }
        });
        Button remove = new Button();
        remove.setId("profileRemoveAvatar");
        remove.textProperty().bind(i18n.text("profile.avatar.remove"));
        remove.getStyleClass().add(Styles.FLAT);
        remove.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> vm.userProperty().get().avatar() == null, vm.userProperty())));
        remove.setOnAction(e -> vm.removeAvatar());
        HBox avatarRow = new HBox(12, avatar, new VBox(6, choose, remove));
        avatarRow.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("profileName");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        TextField status = new TextField();
        status.setId("profileStatus");
        status.promptTextProperty().bind(i18n.text("profile.status.prompt"));
        status.textProperty().bindBidirectional(vm.statusProperty());

        FlowPane palette = new FlowPane(6, 6);
        ToggleGroup colours = new ToggleGroup();
        for (String c : ProfileViewModel.PALETTE) {
            ToggleButton swatch = new ToggleButton(null, new Circle(9, Color.web(c)));
            swatch.getStyleClass().addAll(Styles.BUTTON_ICON, "colour-swatch");
            swatch.setUserData(c);
            swatch.setToggleGroup(colours);
            swatch.setSelected(c.equals(vm.colorProperty().get()));
            swatch.setOnAction(e -> vm.colorProperty().set(c));
            palette.getChildren().add(swatch);
        }
        ColorPicker picker = new ColorPicker(Color.web(UserColors.sanitize(vm.colorProperty().get())));
        picker.setId("profileColour");
        picker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        picker.setOnAction(e -> vm.colorProperty().set(hex(picker.getValue())));
        vm.colorProperty().addListener((obs, old, now) -> {
            picker.setValue(Color.web(UserColors.sanitize(now)));
            colours.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(now)));
        });
        Tooltip pickerTip = new Tooltip();
        pickerTip.textProperty().bind(i18n.text("profile.colour.custom"));
        picker.setTooltip(pickerTip);
        palette.getChildren().add(picker);
        name.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-text-fill: " + UserColors.sanitize(vm.colorProperty().get()) + ";", vm.colorProperty()));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label(i18n, "profile.avatar"), avatarRow);
        form.addRow(1, label(i18n, "profile.name"), name);
        form.addRow(2, label(i18n, "profile.colour"), palette);
        form.addRow(3, label(i18n, "profile.status"), status);
        palette.setPrefWrapLength(300);
        Label error = new Label();
        error.setId("profileError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(12, form, error);
        content.setPrefWidth(440);

        dialog.titleProperty().bind(i18n.text("profile.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(
                ProfileView.class.getResource("/dev/parley/client/ui/chat/chat.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("moderation-dialog");
        ButtonType save = new ButtonType(i18n.get("profile.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("mod.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("profileSave");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        vm.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            }
        });
    }

    public void show(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.show();
    }

    private static Label label(Localization i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
