package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;
/**
 * Why a certificate is revoked (lý do thu hồi), Decision 26/2026/QĐ-TTg Art. 8.1.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RevocationReason implements Labelled {
    /** a) Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ: falsified information or dossier. */
    FALSIFIED_DOSSIER,
    /** b) Không còn đáp ứng các tiêu chí: no longer meets the criteria. */
    CRITERIA_NO_LONGER_MET,
    /** c) Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn. */
    LEGAL_VIOLATION,
    /** d) Sử dụng nhãn hiệu OCOP không đúng quy định: misuse of the OCOP mark. */
    MARK_MISUSE,
    /** đ) Không còn hoạt động sản xuất: production stopped. */
    PRODUCTION_STOPPED,
    /** e) Trường hợp khác theo kết luận của cơ quan có thẩm quyền: other, on a competent authority's finding. */
    OTHER;

}
