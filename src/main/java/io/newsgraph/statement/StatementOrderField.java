package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("What to sort statements by.")
public enum StatementOrderField {
    @Description("The day the statement was made (undated statements take their source's publication date). The default, newest first.")
    SAID_ON,
    @Description("The statement's text, alphabetically.")
    TEXT
}
