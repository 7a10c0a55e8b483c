package org.mallcrm.cli.coupon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.coupon.CampaignJson;
import org.mallcrm.adapters.http.coupon.CampaignSpecJson;
import org.mallcrm.adapters.http.coupon.CampaignStatsJson;
import org.mallcrm.application.campaign.port.in.CampaignUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm campaigns …}: create campaigns, move them through their statuses, and their figures. */
@Command(name = "campaigns",
        mixinStandardHelpOptions = true,
        description = {"Campaigns (活动): events buyers sign up for, and coupon campaigns.",
            "",
            "Status: DRAFT → RUNNING ⇄ PAUSED → ENDED (reached by itself when the window is over)."},
        subcommands = {CampaignsSubcommand.Create.class, CampaignsSubcommand.ListCampaigns.class,
            CampaignsSubcommand.Show.class, CampaignsSubcommand.Start.class, CampaignsSubcommand.Pause.class,
            CampaignsSubcommand.End.class, CampaignsSubcommand.Stats.class})
public final class CampaignsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CampaignJson json(AppContext ctx, Campaign c) {
        return CampaignJson.of(c, c.couponBatch().isPresent() ? ctx.coupons().claimed(c.no()) : null);
    }

    static CampaignNo no(String text) {
        return OptionValues.id(text, CampaignNo::of);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a campaign in DRAFT from a spec.", "",
                "SPEC.json: {\"campaign_no\": \"C-2026-10\", \"name\": \"国庆满减\", \"kind\": \"COUPON\", "
                    + "\"starts_at\": \"2026-10-01T00:00:00+08:00\", \"ends_at\": \"2026-10-07T23:59:59+08:00\", "
                    + "\"audience\": {\"provinces\": [], \"categories\": [], \"segments\": [], \"channels\": []}, "
                    + "\"capacity\": null, \"coupon\": {\"face\": \"AMOUNT_OFF\", \"threshold\": \"500.00\", "
                    + "\"amount\": \"50.00\", \"percent_off\": null, \"cap\": null, \"stock\": 3, \"per_buyer\": 2, "
                    + "\"valid_days\": null, \"merchants\": null, \"business_types\": null, "
                    + "\"mall_share_pct\": \"60\"}}. Every bad field is reported (exit 65); the same spec again "
                    + "changes nothing."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--spec", required = true, paramLabel = "SPEC.json", description = "The campaign's spec.")
        Path file;

        @Override
        public Integer call() {
            CampaignSpecJson json = CliOutcomes.readJson(file, CampaignSpecJson.class);
            if (json == null) {
                throw new CliException(org.mallcrm.cli.ExitCodes.DATA_ERROR, file + " holds no campaign spec");
            }
            AppContext ctx = CommandSupport.context(spec);
            Campaign c = CliOutcomes.value(ctx.campaignUseCases().create(json.toSpec()));
            CommandSupport.output(spec).one(json(ctx, c));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List campaigns by number, with their "
            + "status now.")
    static final class ListCampaigns implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            CampaignUseCases campaigns = ctx.campaignUseCases();
            List<CampaignJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<Campaign> page = campaigns.list(cursor, CampaignUseCases.MAX_PAGE);
                page.items().forEach(c -> all.add(json(ctx, c)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("campaign_no", "name", "kind", "status", "starts_at",
                    "ends_at", "claimed"));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one campaign.")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NO")
        String no;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            Campaign c = ctx.campaignUseCases().find(no(no)).orElseThrow(() -> CliException.notFound("campaign " + no));
            CommandSupport.output(spec).one(json(ctx, c));
            return 0;
        }
    }

    /** start, pause and end: one status step, refused (exit 1) when the campaign is not where the step starts. */
    abstract static class Step implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NO")
        String no;

        abstract Outcome<Campaign> step(CampaignUseCases campaigns, CampaignNo no);

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            Campaign c = CliOutcomes.value(step(ctx.campaignUseCases(), no(no)));
            CommandSupport.output(spec).one(json(ctx, c));
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a draft or resume a paused "
            + "campaign.")
    static final class Start extends Step {
        @Override
        Outcome<Campaign> step(CampaignUseCases campaigns, CampaignNo no) {
            return campaigns.start(no);
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a running campaign.")
    static final class Pause extends Step {
        @Override
        Outcome<Campaign> step(CampaignUseCases campaigns, CampaignNo no) {
            return campaigns.pause(no);
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true, description = "End a running or paused campaign before "
            + "its window is over.")
    static final class End extends Step {
        @Override
        Outcome<Campaign> step(CampaignUseCases campaigns, CampaignNo no) {
            return campaigns.end(no);
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"A campaign's figures: claimed, redeemed, redemption_rate_pct, buyers, gmv, discount, "
                + "mall_cost, merchant_cost, roi (GMV ÷ mall cost), signups, attended; then by merchant and by day."})
    static final class Stats implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NO")
        String no;

        @Override
        public Integer call() {
            var stats = CommandSupport.context(spec).campaignStats().stats(no(no))
                    .orElseThrow(() -> CliException.notFound("campaign " + no));
            CommandSupport.output(spec).one(CampaignStatsJson.of(stats));
            return 0;
        }
    }
}
