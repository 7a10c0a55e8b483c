package org.mallcrm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help for the commands whose picocli model is built in code instead of read from annotations: the root command and
 * {@code buyers stats} with its parent (the short reads whose start-up counts). picocli reads annotations through
 * annotation proxies ({@code java.lang.reflect.Proxy}), classes made at run time that the start-up cache cannot keep,
 * and sets fields by reflection: together about a fifth of such a command's start. A command built here reads its
 * options' values from its spec ({@code spec.findOption("--by").getValue()}); its options are defined here only.
 */
public final class CommandModels {

    private CommandModels() {
    }

    /**
     * What {@code @Command(mixinStandardHelpOptions = true)} adds, option for option (picocli's own {@code
     * AutoHelpMixin}, whose annotations {@link CommandSpec#mixinStandardHelpOptions} would read): {@code -h, --help}
     * and {@code -V, --version}, after the command's own options. Returns the spec.
     */
    public static CommandSpec withStandardHelpOptions(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create()
                .addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}")
                        .usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.").type(boolean.class).initialValue(false)
                        .build())
                .addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}")
                        .versionHelp(true).descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.").type(boolean.class).initialValue(false)
                        .build());
        return spec.addMixin("mixinStandardHelpOptions", mixin);
    }

    /** A command's model to build on: the command (run or called with it), its name and its description's lines. */
    public static CommandSpec named(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** The value an option of a command built in code was given (its initial value when it was not). */
    public static <T> T value(CommandSpec spec, String option) {
        return spec.findOption(option).getValue();
    }
}
