package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster ready before anything is written: puts the versioned templates,
 * creates each version's index if missing and points the alias at it as the write index.
 * Safe to run any number of times.
 */
public class IndexInstaller {

	private static final Logger logger = LoggerFactory.getLogger(IndexInstaller.class);

	private final ElasticsearchClient client;

	private final List<IndexDefinition> definitions;

	private final ChineseAnalysis analysis;

	private final Duration startupTimeout;

	public IndexInstaller(ElasticsearchClient client, List<IndexDefinition> definitions, ChineseAnalysis analysis,
			Duration startupTimeout) {
		this.client = client;
		this.definitions = List.copyOf(definitions);
		this.analysis = analysis;
		this.startupTimeout = startupTimeout;
	}

	public void install() {
		awaitCluster();
		try {
			for (IndexDefinition definition : this.definitions) {
				putTemplate(definition);
				createIndex(definition);
				pointAlias(definition);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot install the Elasticsearch indices", ex);
		}
	}

	private void putTemplate(IndexDefinition definition) throws IOException {
		IndexTemplate template = IndexTemplate.load(definition, this.analysis);
		this.client.indices()
			.putIndexTemplate((request) -> request.name(template.name()).withJson(new StringReader(template.json())));
	}

	private void createIndex(IndexDefinition definition) throws IOException {
		String index = definition.indexName();
		if (this.client.indices().exists((request) -> request.index(index)).value()) {
			return;
		}
		try {
			this.client.indices().create((request) -> request.index(index));
			logger.info("Created index {}", index);
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

	/**
	 * Moves the alias to this version's index in one atomic step, so readers never see
	 * two versions or none.
	 */
	private void pointAlias(IndexDefinition definition) throws IOException {
		String alias = definition.alias();
		String index = definition.indexName();
		Map<String, IndexAliases> holders = this.client.indices().existsAlias((request) -> request.name(alias)).value()
				? this.client.indices().getAlias((request) -> request.name(alias)).result() : Map.of();
		IndexAliases current = holders.get(index);
		List<String> others = holders.keySet().stream().filter((holder) -> !holder.equals(index)).toList();
		if (others.isEmpty() && current != null && Boolean.TRUE.equals(current.aliases().get(alias).isWriteIndex())) {
			return;
		}
		List<Action> actions = new ArrayList<>();
		actions.add(Action.of((action) -> action.add((add) -> add.index(index).alias(alias).isWriteIndex(true))));
		for (String other : others) {
			actions.add(Action.of((action) -> action.remove((remove) -> remove.index(other).alias(alias))));
		}
		this.client.indices().updateAliases((request) -> request.actions(actions));
		if (others.isEmpty()) {
			logger.info("Alias {} points at {}", alias, index);
		}
		else {
			logger.warn("Alias {} moved to {} from {}: replay the pipeline to fill the new index", alias, index,
					others);
		}
	}

	private void awaitCluster() {
		Instant deadline = Instant.now().plus(this.startupTimeout);
		while (true) {
			try {
				this.client.cluster().health();
				return;
			}
			catch (IOException | ElasticsearchException ex) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Elasticsearch did not answer within " + this.startupTimeout, ex);
				}
				logger.info("Waiting for Elasticsearch: {}", ex.getMessage());
				sleep(Duration.ofSeconds(1));
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Elasticsearch", ex);
		}
	}

}
