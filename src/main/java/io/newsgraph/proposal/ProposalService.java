package io.newsgraph.proposal;

import io.newsgraph.dataset.Dataset;
import java.util.ArrayList;
import java.util.List;

/** Proposes the facts of an article against the officials and organizations newsgraph has. */
public class ProposalService {

    /** The actors of a dataset, as the proposer matches speakers against them. */
    public static List<KnownActor> knownActors(Dataset d) {
        List<KnownActor> out = new ArrayList<>();
        d.organizations().forEach(o -> out.add(new KnownActor(o.key(), o.name(), List.of(), List.of(), o.country(), o.kind())));
        d.officials().forEach(o -> out.add(new KnownActor(o.key(), o.name(), o.aliases(),
                o.positions().stream().map(Dataset.PositionEntry::title).toList(),
                o.country() != null ? o.country() : o.positions().isEmpty() ? null : o.positions().get(0).country(), null)));
        return out;
    }
}
