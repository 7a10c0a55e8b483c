package org.mallcrm.application.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.application.stall.ReshapeWorld.APPROVAL;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.application.stall.port.in.StallHistory;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

/**
 * A family over three documents: A101 is cut into A101-1 and A101-2 (March); A101-2 is merged with its neighbour
 * A102 into M1 (April); A101-1 is renumbered 1F-A-201 (May).
 */
class StallHistoryServiceTest {

    private final ReshapeWorld world = new ReshapeWorld();

    @BeforeEach
    void family() {
        world.with(ReshapeFixtures.a101(),
                ReshapeFixtures.aStall("A102").rectangle(8000, 0, 12000, 5000).leasable("22.00").build(),
                ReshapeFixtures.aStall("OTHER").rectangle(0, 20_000, 4000, 25_000).build());
        world.split.split(new SplitStallCommand(StallNo.of("A101"), new SplitStallCommand.ByCut(Axis.X, 2600),
                APPROVAL));
        world.clock.advance(Duration.ofDays(30));
        world.merge.merge(new MergeStallsCommand(List.of(StallNo.of("A101-2"), StallNo.of("A102")), StallNo.of("M1"),
                Optional.empty(), APPROVAL.effective(LocalDate.of(2026, 4, 1))));
        world.clock.advance(Duration.ofDays(30));
        world.change.change(new ChangeStallCommand(StallNo.of("A101-1"), Optional.of(StallNo.of("1F-A-201")),
                Optional.empty(), APPROVAL.effective(LocalDate.of(2026, 5, 1))));
        world.change.change(new ChangeStallCommand(StallNo.of("OTHER"), Optional.of(StallNo.of("OTHER2")),
                Optional.empty(), APPROVAL.effective(LocalDate.of(2026, 5, 1))));
    }

    private StallHistory of(String no) {
        return world.history.history(StallNo.of(no)).orElseThrow();
    }

    @Test
    void the_first_stall_has_every_descendant_by_generation_and_every_document_of_the_family() {
        StallHistory h = of("A101");

        assertThat(h.ancestors()).isEmpty();
        assertThat(h.descendants()).extracting(r -> r.stall().no().value() + "@" + r.generation())
                .containsExactly("1F-A-201@1", "A101-2@1", "M1@2");
        assertThat(h.documents()).extracting(StallDocument::documentNo)
                .containsExactly("SPL-2026-0001", "MRG-2026-0001", "CHG-2026-0001");
    }

    @Test
    void a_merged_stall_has_its_ancestors_both_lines_and_not_its_cousins_documents() {
        StallHistory h = of("M1");

        assertThat(h.ancestors()).extracting(r -> r.stall().no().value() + "@" + r.generation())
                .containsExactly("A101-2@1", "A102@1", "A101@2");
        assertThat(h.descendants()).isEmpty();
        assertThat(h.documents()).extracting(StallDocument::documentNo)
                .containsExactly("SPL-2026-0001", "MRG-2026-0001");
    }

    @Test
    void a_renumbered_stall_shows_its_former_number_and_the_documents_under_it() {
        StallHistory h = of("1F-A-201");

        assertThat(h.formerNumbers()).containsExactly(StallNo.of("A101-1"));
        assertThat(h.ancestors()).extracting(r -> r.stall().no().value()).containsExactly("A101");
        assertThat(h.documents()).extracting(StallDocument::documentNo)
                .containsExactly("SPL-2026-0001", "CHG-2026-0001");
    }

    @Test
    void a_former_number_leads_to_the_stall_that_holds_it_now() {
        assertThat(of("A101-1").stall().no()).isEqualTo(StallNo.of("1F-A-201"));
    }

    @Test
    void an_unknown_number_has_no_history() {
        assertThat(world.history.history(StallNo.of("NOPE"))).isEmpty();
    }

    @Test
    void an_untouched_stall_has_an_empty_history() {
        world.with(ReshapeFixtures.aStall("Q").rectangle(0, 40_000, 1000, 41_000).build());

        StallHistory h = of("Q");

        assertThat(h.ancestors()).isEmpty();
        assertThat(h.descendants()).isEmpty();
        assertThat(h.documents()).isEmpty();
        assertThat(h.formerNumbers()).isEmpty();
    }
}
