package qc.trousse.office;

import java.util.List;

/**
 * Who the office is: the MNA, the riding and region, how to reach the office, and the staff who own tasks.
 * Images are optional (null when not given). Every change makes a new value so an edit can be undone.
 */
public record OfficeProfile(
        String mnaName,
        MnaTitle title,
        String ridingCode,
        String region,
        String address,
        String phone,
        String email,
        SocialHandles handles,
        OfficeImage signature,
        OfficeImage logo,
        List<String> staff) {

    public static final OfficeProfile EMPTY = new OfficeProfile("", MnaTitle.INCLUSIVE, "", "", "", "", "",
            SocialHandles.NONE, null, null, List.of());

    public OfficeProfile {
        staff = List.copyOf(staff);
    }

    /** A profile is set up once the MNA and the riding are known. */
    public boolean isComplete() {
        return !mnaName.isBlank() && !ridingCode.isBlank();
    }

    public OfficeProfile withMnaName(String v) {
        return new OfficeProfile(v, title, ridingCode, region, address, phone, email, handles, signature, logo, staff);
    }

    public OfficeProfile withTitle(MnaTitle v) {
        return new OfficeProfile(mnaName, v, ridingCode, region, address, phone, email, handles, signature, logo, staff);
    }

    public OfficeProfile withRiding(String code, String newRegion) {
        return new OfficeProfile(mnaName, title, code, newRegion, address, phone, email, handles, signature, logo,
                staff);
    }

    public OfficeProfile withRegion(String v) {
        return new OfficeProfile(mnaName, title, ridingCode, v, address, phone, email, handles, signature, logo, staff);
    }

    public OfficeProfile withAddress(String v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, v, phone, email, handles, signature, logo, staff);
    }

    public OfficeProfile withPhone(String v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, v, email, handles, signature, logo, staff);
    }

    public OfficeProfile withEmail(String v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, phone, v, handles, signature, logo, staff);
    }

    public OfficeProfile withHandles(SocialHandles v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, phone, email, v, signature, logo, staff);
    }

    public OfficeProfile withSignature(OfficeImage v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, phone, email, handles, v, logo, staff);
    }

    public OfficeProfile withLogo(OfficeImage v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, phone, email, handles, signature, v,
                staff);
    }

    public OfficeProfile withStaff(List<String> v) {
        return new OfficeProfile(mnaName, title, ridingCode, region, address, phone, email, handles, signature, logo, v);
    }
}
