package org.mallcrm.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuyerProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
            "008613800138000", "8613800138000", " 13800138000 "})
    void a_mainland_mobile_is_kept_as_eleven_digits(String written) {
        assertThat(Phone.parse(written).value()).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380013800", "138001380001", "23800138000", "1380013800x", "+1 415 555 0100",
            "010-12345678", "+85291234567"})
    void anything_else_is_not_a_phone(String written) {
        assertThatThrownBy(() -> Phone.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a mainland mobile number");
    }

    @Test
    void there_are_34_provincial_level_divisions() {
        assertThat(Province.values()).hasSize(34);
        assertThat(java.util.Arrays.stream(Province.values()).map(Province::fullName).distinct()).hasSize(34);
    }

    @ParameterizedTest
    @CsvSource({"浙江,浙江省", "浙江省,浙江省", "ZHEJIANG,浙江省", "zhejiang,浙江省", "内蒙古,内蒙古自治区",
            "内蒙古自治区,内蒙古自治区", "Inner Mongolia,内蒙古自治区", "广西,广西壮族自治区", "广西壮族自治区,广西壮族自治区",
            "新疆,新疆维吾尔自治区", "宁夏,宁夏回族自治区", "西藏,西藏自治区", "北京,北京市", "北京市,北京市", "重庆,重庆市",
            "香港,香港特别行政区", "中国香港,香港特别行政区", "Hong Kong,香港特别行政区", "澳门,澳门特别行政区",
            "Macau,澳门特别行政区", "台湾,台湾省", "陕西,陕西省", "山西,山西省", "SHAANXI,陕西省"})
    void provinces_are_read_by_short_or_full_name_and_stored_by_the_full_name(String written, String stored) {
        assertThat(Province.parse(written).fullName()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙", "杭州", "Zhe Jiang Sheng", "火星省", "California"})
    void an_unknown_province_is_refused_naming_it(String written) {
        assertThatThrownBy(() -> Province.parse(written)).hasMessageContaining(written.strip())
                .hasMessageContaining("34 provincial-level divisions");
    }

    @ParameterizedTest
    @CsvSource({"COACH,COACH", "coach,COACH", "大巴车,COACH", "self_drive,SELF_DRIVE", "SELF-DRIVE,SELF_DRIVE",
            "自驾,SELF_DRIVE", "高铁,TRAIN", "飞机,FLIGHT", "物流,LOGISTICS", "其他,OTHER"})
    void transport_modes_are_read_by_code_or_label(String written, TransportMode mode) {
        assertThat(TransportMode.parse(written)).isEqualTo(mode);
    }

    @Test
    void an_unknown_transport_mode_lists_the_codes() {
        assertThatThrownBy(() -> TransportMode.parse("BICYCLE")).hasMessageContaining("COACH, SELF_DRIVE");
    }

    @Test
    void a_profile_needs_a_name() {
        assertThatThrownBy(() -> BuyerProfile.of(" ", Phone.parse("13800138000")))
                .hasMessageContaining("buyer name is missing");
    }

    @Test
    void differences_name_the_columns() {
        BuyerProfile a = BuyerProfile.of("王芳", Phone.parse("13800138000")).withProvince(Province.ZHEJIANG);
        BuyerProfile b = a.withPhone(Phone.parse("13900139000")).withProvince(Province.JIANGSU);
        assertThat(a.differencesFrom(b)).containsExactly("phone", "province");
        assertThat(a.differencesFrom(a)).isEmpty();
    }
}
