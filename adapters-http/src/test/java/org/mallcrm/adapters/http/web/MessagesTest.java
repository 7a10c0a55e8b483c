package org.mallcrm.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.web.kit.Messages;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.SignInEvent;
import org.mallcrm.domain.campaign.ClaimRefusal;
import org.mallcrm.domain.campaign.SignupRefusal;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.RedemptionRefusal;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.ChargeKind;
import org.mallcrm.domain.receipt.InstallmentStatus;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.stall.StallStatus;

/** Every label exists in both languages: the keys the pages name, and one per value of every enum they show. */
class MessagesTest {

    final Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
    final Messages en = Messages.of(Locale.ENGLISH);

    @Test
    void both_bundles_have_the_same_keys() {
        assertThat(en.keys()).containsExactlyInAnyOrderElementsOf(zh.keys());
    }

    @Test
    void chinese_is_the_default_and_english_is_english() {
        assertThat(Messages.of(Locale.GERMAN).t("login.title")).isEqualTo("登录");
        assertThat(Messages.of(Locale.forLanguageTag("en-US")).t("login.title")).isEqualTo("Sign in");
        assertThat(zh.t("dashboard.expiring.within", 30)).isEqualTo("30 天内到期");
        assertThat(zh.t("no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    void every_value_of_every_enum_shown_has_its_label() {
        List<String> keys = new ArrayList<>();
        Stream.of(StallStatus.values()).forEach(s -> keys.add("status." + s.name()));
        Stream.of(Stage.values()).forEach(s -> keys.add("stage." + s.name()));
        Stream.of(InstallmentStatus.values()).forEach(s -> keys.add("installment." + s.name()));
        Stream.of(ArrearsAging.Age.values()).forEach(s -> keys.add("age." + s.code()));
        Stream.of(Role.values()).forEach(s -> keys.add("role." + s.name()));
        Stream.of(Department.values()).forEach(s -> keys.add("department." + s.name()));
        Stream.of(Capability.values()).forEach(s -> keys.add("capability." + s.name()));
        Stream.of(SignInEvent.Kind.values()).forEach(s -> keys.add("signin." + s.name()));
        Stream.of(LeaseKind.values()).forEach(s -> keys.add("lease.kind." + s.name()));
        Stream.of(EarnestKind.values()).forEach(s -> keys.add("earnest." + s.name()));
        for (int status : new int[] {400, 403, 404, 413, 500}) {
            keys.add("error." + status + ".title");
        }
        Stream.of(CouponStatus.values()).forEach(s -> keys.add("coupon.status." + s.name()));
        Stream.of(ClaimRefusal.values()).forEach(s -> keys.add("m.claim.refused." + s.name()));
        Stream.of(SignupRefusal.values()).forEach(s -> keys.add("m.signup.refused." + s.name()));
        Stream.of(RedemptionRefusal.values()).forEach(s -> keys.add("m.redeem.refused." + s.name()));
        Stream.of("coupon_code", "order_amount", "order_no").forEach(f -> keys.add("m.redeem.field." + f));
        Stream.of(RepairRequest.Status.values()).forEach(s -> keys.add("repair.status." + s.name()));
        Stream.of(RepairRequest.Urgency.values()).forEach(s -> keys.add("repair.urgency." + s.name()));
        Stream.of(StatementStatus.values()).forEach(s -> keys.add("m.trips.status." + s.name()));
        Stream.of(ChargeKind.values()).forEach(s -> keys.add("receipt.alloc." + s.name()));
        Stream.of(org.mallcrm.domain.buyer.RfmSegment.values()).forEach(s -> keys.add("segment." + s.name()));
        Stream.of(org.mallcrm.domain.buyer.TransportMode.values()).forEach(s -> keys.add("transport." + s.name()));
        Stream.of(org.mallcrm.domain.campaign.CampaignStatus.values())
                .forEach(s -> keys.add("campaigns.status." + s.name()));
        Stream.of(org.mallcrm.domain.campaign.CampaignKind.values()).forEach(s -> keys.add("campaigns.kind." + s.name()));
        Stream.of(org.mallcrm.domain.coupon.SettlementMethod.values()).forEach(s -> {
            keys.add("settlements.method." + s.name());
            keys.add("settlements.settled." + s.name());
        });
        Stream.of(StatementStatus.values()).forEach(s -> keys.add("settlements.status." + s.name()));
        Stream.of(SubsidyCloseOutcome.Refused.MONTH_OPEN, SubsidyCloseOutcome.Refused.NO_LIVE_LEASE,
                SubsidyCloseOutcome.Refused.OFFSET_REFUSED).forEach(c -> keys.add("settlements.refused." + c));
        org.mallcrm.adapters.http.web.console.CampaignPages.FIELDS.forEach(f -> keys.add("campaigns.field." + f));
        // what values each setting takes, by its kind's stable code (the page would fall back to English)
        org.mallcrm.domain.settings.SettingCatalogue.all()
                .forEach(s -> keys.add("settings.type." + s.type().kind().code()));
        assertThat(keys).allMatch(zh::has, "in messages.properties").allMatch(en::has, "in messages_en.properties");
        // the department labels are the domain's own names
        for (Department d : Department.values()) {
            assertThat(zh.t("department." + d.name())).isEqualTo(d.label());
        }
    }

    @Test
    void every_key_a_template_or_page_names_exists() throws IOException {
        Pattern call = Pattern.compile("\\bt\\(\"([a-z0-9_.+-]+)\"");
        Set<String> named = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java/org/mallcrm/adapters/http/web"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            named.add(m.group(1));
                        }
                    }
                }
            }
        }
        Pattern menu = Pattern.compile("\"(menu\\.[a-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/mallcrm/adapters/http/web"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = menu.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(named).allMatch(zh::has, "in messages.properties");
    }

    /**
     * A page words a refusal by its code ({@code refusal.<code>}) and an import problem by its code ({@code
     * import.reason.<code>}): every code the use cases give (read from the domain's sources) has its sentence in both
     * languages, so that no action in the console falls back to the general sentence once its use case names a code.
     */
    @Test
    void every_refusal_and_import_problem_code_the_domain_gives_has_its_sentence() throws IOException {
        Pattern refused = Pattern.compile("(?:refused|Refused<?>?)\\(\"([a-z0-9]+(?:-[a-z0-9]+)*)\",");
        Pattern rowCode = Pattern.compile("String [A-Z_]+ = \"([a-z0-9]+(?:-[a-z0-9]+)*)\";");
        Set<String> refusals = new TreeSet<>();
        Set<String> problems = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../domain/src/main/java"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Matcher m = refused.matcher(text);
                while (m.find()) {
                    refusals.add("refusal." + m.group(1));
                }
                if (f.endsWith("RowError.java") || f.endsWith("ImportStallsService.java")) {
                    Matcher c = rowCode.matcher(text);
                    while (c.find()) {
                        problems.add("import.reason." + c.group(1));
                    }
                }
            }
        }
        assertThat(refusals).contains("refusal.lease-ended", "refusal.placement-not-approved", "refusal.grade-d");
        assertThat(problems).contains("import.reason.invalid", "import.reason.outline-overlaps-line");
        assertThat(refusals).allMatch(zh::has, "in messages.properties").allMatch(en::has, "in messages_en.properties");
        assertThat(problems).allMatch(zh::has, "in messages.properties").allMatch(en::has, "in messages_en.properties");
    }
}
