package io.newsgraph.planner;

/**
 * A request the planner leaves to the reference resolvers: something it does not cover, or an
 * answer that carries errors, which the resolvers word, place and count (one per parent) themselves.
 */
final class Unplannable extends RuntimeException {

    Unplannable(String why) {
        super(why, null, false, false);
    }
}
