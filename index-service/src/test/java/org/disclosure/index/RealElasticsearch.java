package org.disclosure.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.disclosure.index.elasticsearch.ChineseAnalysis;
import org.disclosure.index.elasticsearch.ElasticsearchClients;
import org.disclosure.index.elasticsearch.ElasticsearchProperties;
import org.disclosure.index.elasticsearch.IndexDefinition;
import org.disclosure.index.elasticsearch.IndexInstaller;
import org.disclosure.stack.ElasticsearchNode;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.StackLayout;

/**
 * One real Elasticsearch node (the minimal distribution the local stack runs) shared by
 * every integration test of this JVM: started on first use, stopped when the JVM exits.
 * Each test class starts from empty indices ({@link #freshIndices}).
 */
public final class RealElasticsearch {

	private static ElasticsearchNode node;

	private RealElasticsearch() {
	}

	/** The node's base URL, starting it if needed. */
	public static synchronized String url() {
		if (node == null) {
			node = ElasticsearchNode.start(StackLayout.forTests(), FreePorts.next());
		}
		return node.httpUrl();
	}

	public static ElasticsearchProperties properties() {
		return new ElasticsearchProperties(URI.create(url()), null, null, ChineseAnalysis.NONE, true,
				Duration.ofSeconds(30));
	}

	public static ElasticsearchClient client() {
		return ElasticsearchClients.connect(properties());
	}

	/** Deletes every version of our indices and installs them anew. */
	public static void freshIndices(ElasticsearchClient client) {
		try {
			Set<String> indices = client.indices()
				.get((get) -> get
					.index("disclosures-v*", "disclosure-facts-v*", "disclosure-findings-v*", "pipeline-failures-v*",
							"pipeline-events-v*")
					.allowNoIndices(true))
				.result()
				.keySet();
			if (!indices.isEmpty()) {
				client.indices().delete((delete) -> delete.index(List.copyOf(indices)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		installer(client).install();
	}

	public static IndexInstaller installer(ElasticsearchClient client) {
		return new IndexInstaller(client, IndexDefinition.ALL, ChineseAnalysis.NONE, Duration.ofSeconds(30));
	}

}
