package io.newsgraph.timeline;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

@Union
@Description("One item of a timeline: a statement, a reported figure or an event.")
public interface Fact {
}
