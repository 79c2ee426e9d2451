package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster ready before anything is written: puts the versioned templates,
 * creates each version's index if missing and, on a new cluster, points the alias at it.
 * An alias on an earlier version moves only when asked ({@link #switchAll()}), once the
 * new index has been filled by replay. Safe to run any number of times.
 */
public class IndexInstaller implements AliasSwitches {

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
	 * Points a new alias at this version's index. An alias already pointing at another
	 * version stays where it is: readers keep the complete earlier index until the
	 * pipeline has been replayed into the new one ({@link #switchAll()}).
	 */
	private void pointAlias(IndexDefinition definition) throws IOException {
		String alias = definition.alias();
		String index = definition.indexName();
		Map<String, IndexAliases> holders = holders(alias);
		if (holders.isEmpty()) {
			this.client.indices()
				.updateAliases((request) -> request
					.actions((action) -> action.add((add) -> add.index(index).alias(alias).isWriteIndex(true))));
			logger.info("Alias {} points at {}", alias, index);
		}
		else if (!holders.keySet().equals(Set.of(index))) {
			logger.warn("Alias {} stays on {} until the pipeline has been replayed into {} (./pipeline reindex, "
					+ "or at start with pipeline.index.reindex.on-start)", alias, holders.keySet(), index);
		}
	}

	@Override
	public List<AliasSwitch> pending() throws IOException {
		List<AliasSwitch> pending = new ArrayList<>();
		for (IndexDefinition definition : this.definitions) {
			Set<String> holders = holders(definition.alias()).keySet();
			if (!holders.equals(Set.of(definition.indexName()))) {
				pending.add(new AliasSwitch(definition.alias(), List.copyOf(new TreeSet<>(holders)),
						definition.indexName()));
			}
		}
		return pending;
	}

	@Override
	public List<AliasSwitch> switchAll() throws IOException {
		List<AliasSwitch> pending = pending();
		if (pending.isEmpty()) {
			return pending;
		}
		List<String> targets = pending.stream().map(AliasSwitch::to).toList();
		this.client.indices().refresh((refresh) -> refresh.index(targets));
		List<Action> actions = new ArrayList<>();
		for (AliasSwitch move : pending) {
			actions.add(Action
				.of((action) -> action.add((add) -> add.index(move.to()).alias(move.alias()).isWriteIndex(true))));
			for (String old : move.from()) {
				actions.add(Action.of((action) -> action.remove((remove) -> remove.index(old).alias(move.alias()))));
			}
		}
		this.client.indices().updateAliases((request) -> request.actions(actions));
		pending.forEach((move) -> logger.info("Alias {} moved to {} from {}", move.alias(), move.to(), move.from()));
		return pending;
	}

	private Map<String, IndexAliases> holders(String alias) throws IOException {
		return this.client.indices().existsAlias((request) -> request.name(alias)).value()
				? this.client.indices().getAlias((request) -> request.name(alias)).result() : Map.of();
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
