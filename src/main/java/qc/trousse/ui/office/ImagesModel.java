package qc.trousse.ui.office;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.office.ImageCheck;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeProfile;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The signature and the logo printed on certificates: chosen, checked, removed, each saved at once. */
public final class ImagesModel {
    private final ProfileEdits edits;
    private final ObjectProperty<OfficeImage> signature = new SimpleObjectProperty<>();
    private final ObjectProperty<OfficeImage> logo = new SimpleObjectProperty<>();

    ImagesModel(ProfileEdits edits) {
        this.edits = edits;
    }

    void show(OfficeProfile p) {
        signature.set(p.signature());
        logo.set(p.logo());
    }

    public ObjectProperty<OfficeImage> signature() {
        return signature;
    }

    public ObjectProperty<OfficeImage> logo() {
        return logo;
    }

    public void chooseSignature() {
        edits.dialogs().openFile(I18n.tr("profile.signature.choose"), List.of(FileType.IMAGE))
                .ifPresent(this::setSignature);
    }

    public void chooseLogo() {
        edits.dialogs().openFile(I18n.tr("profile.logo.choose"), List.of(FileType.IMAGE)).ifPresent(this::setLogo);
    }

    public void setSignature(Path file) {
        read(file).ifPresent(img -> edits.update("signature", p -> p.withSignature(img)));
    }

    public void setLogo(Path file) {
        read(file).ifPresent(img -> edits.update("logo", p -> p.withLogo(img)));
    }

    public void removeSignature() {
        edits.update("signature", p -> p.withSignature(null));
    }

    public void removeLogo() {
        edits.update("logo", p -> p.withLogo(null));
    }

    private Optional<OfficeImage> read(Path file) {
        try {
            return Optional.of(ImageCheck.read(file));
        } catch (ImageCheck.ImageRejected e) {
            Failures.refuse(edits.dialogs(), I18n.tr("profile.image.title"), I18n.tr(e.key(),
                    e.file().getFileName(), ImageCheck.MAX_SIDE));
            return Optional.empty();
        }
    }
}
