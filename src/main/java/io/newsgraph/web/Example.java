package io.newsgraph.web;

/**
 * One example query shipped in {@code src/main/resources/examples/}.
 *
 * @param name the file name without {@code .graphql}, e.g. {@code kazakhstan-dossier}
 * @param title a short title, from the operation name: {@code KazakhstanDossier} gives "Kazakhstan dossier"
 * @param description what the query asks, from the comment lines that open the file
 * @param document the file's text, exactly as shipped
 * @param explorerUrl the explorer (GraphiQL) with this document in its editor, ready to run
 * @param chartUrl the chart of the figure series the document asks for, or null when it asks for none
 * @param chartShown whether the landing page shows that chart: when the document's answer is the series itself
 */
public record Example(String name, String title, String description, String document, String explorerUrl,
        String chartUrl, boolean chartShown) {

    /** Where the document itself can be downloaded, e.g. for {@code curl}. */
    public String fileUrl() {
        return "/examples/" + name + ".graphql";
    }
}
