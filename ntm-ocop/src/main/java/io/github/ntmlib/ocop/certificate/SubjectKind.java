package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * The kind of an OCOP subject (loại hình chủ thể OCOP), Decision 26/2026/QĐ-TTg Art. 2.3.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SubjectKind implements Labelled {
    /** Hợp tác xã (HTX): a cooperative. */
    COOPERATIVE,
    /** Tổ hợp tác (THT): a cooperative group. */
    COOPERATIVE_GROUP,
    /** Doanh nghiệp nhỏ và vừa: a small or medium enterprise. */
    ENTERPRISE,
    /** Trang trại: a farm. */
    FARM,
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh: a registered production household. */
    HOUSEHOLD,
    /** Hội, hiệp hội: an association (community tourism only). */
    ASSOCIATION,
    /** Trung tâm điều hành hoặc tổ chức tương đương: an operating centre (community tourism only). */
    OPERATING_CENTRE;

}
