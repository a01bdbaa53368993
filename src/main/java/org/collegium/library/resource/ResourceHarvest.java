package org.collegium.library.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.network.OrganisationId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The library's public records as harvesters, feeds and the API read them: published resources, and withdrawn ones
 * that were once published (as deleted records), ordered by their last change. Pages are fetched by id first, then
 * loaded whole with their collections in batches, so a page costs a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class ResourceHarvest {

    private final ResourceRepository resources;
    private final EntityManager entities;

    ResourceHarvest(ResourceRepository resources, EntityManager entities) {
        this.resources = resources;
        this.entities = entities;
    }

    /** A public record, published or withdrawn, by id. */
    public Optional<ResourceView> record(ResourceId id) {
        return resources.findById(id.value()).filter(ResourceHarvest::isPublicRecord).map(Resource::view);
    }

    /** A published resource by id. */
    public Optional<ResourceView> published(ResourceId id) {
        return resources.findById(id.value()).filter(resource -> resource.status().isPublic()).map(Resource::view);
    }

    /** Published resources, newest publication first (a resource published before publication dates were kept, by its last change). */
    public Page<ResourceView> newest(int page, int size) {
        CriteriaBuilder builder = entities.getCriteriaBuilder();
        CriteriaQuery<UUID> query = builder.createQuery(UUID.class);
        Root<Resource> resource = query.from(Resource.class);
        query.select(resource.<UUID>get("id"))
                .where(builder.equal(resource.get("status"), ResourceStatus.PUBLISHED))
                .orderBy(builder.desc(builder.coalesce(resource.<Instant>get("publishedAt"),
                        resource.<Instant>get("updatedAt"))), builder.asc(resource.<UUID>get("id")));
        List<UUID> ids = entities.createQuery(query).setFirstResult(page * size).setMaxResults(size).getResultList();
        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        Root<Resource> counted = count.from(Resource.class);
        count.select(builder.count(counted)).where(builder.equal(counted.get("status"), ResourceStatus.PUBLISHED));
        return new PageImpl<>(load(ids), PageRequest.of(page, size), entities.createQuery(count).getSingleResult());
    }

    /** The oldest last change among public records, if there is any. */
    public Optional<Instant> earliestChange() {
        CriteriaBuilder builder = entities.getCriteriaBuilder();
        CriteriaQuery<Instant> query = builder.createQuery(Instant.class);
        Root<Resource> resource = query.from(Resource.class);
        query.select(builder.least(resource.<Instant>get("updatedAt"))).where(isPublicRecord(builder, resource));
        return Optional.ofNullable(entities.createQuery(query).getSingleResult());
    }

    /** The networks that have public records. */
    public List<OrganisationId> networks() {
        CriteriaBuilder builder = entities.getCriteriaBuilder();
        CriteriaQuery<UUID> query = builder.createQuery(UUID.class);
        Root<Resource> resource = query.from(Resource.class);
        query.select(resource.<UUID>get("network")).distinct(true).where(isPublicRecord(builder, resource));
        return entities.createQuery(query).getResultList().stream().map(OrganisationId::new).toList();
    }

    /** The public records the query asks for after the position (from the start when null), at most {@code size}. */
    public HarvestPage changes(HarvestQuery harvest, HarvestPosition after, int size) {
        CriteriaBuilder builder = entities.getCriteriaBuilder();
        CriteriaQuery<UUID> query = builder.createQuery(UUID.class);
        Root<Resource> resource = query.from(Resource.class);
        List<Predicate> conditions = conditions(builder, resource, harvest);
        if (after != null) {
            conditions.add(builder.or(builder.greaterThan(resource.<Instant>get("updatedAt"), after.changedAt()),
                    builder.and(builder.equal(resource.<Instant>get("updatedAt"), after.changedAt()),
                            builder.greaterThan(resource.<UUID>get("id"), after.id()))));
        }
        query.select(resource.<UUID>get("id")).where(conditions.toArray(Predicate[]::new))
                .orderBy(builder.asc(resource.<Instant>get("updatedAt")), builder.asc(resource.<UUID>get("id")));
        List<UUID> ids = entities.createQuery(query).setMaxResults(size + 1).getResultList();
        boolean more = ids.size() > size;
        List<UUID> page = more ? ids.subList(0, size) : ids;
        return new HarvestPage(load(page), count(harvest), more);
    }

    private long count(HarvestQuery harvest) {
        CriteriaBuilder builder = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Resource> resource = query.from(Resource.class);
        query.select(builder.count(resource)).where(conditions(builder, resource, harvest).toArray(Predicate[]::new));
        return entities.createQuery(query).getSingleResult();
    }

    private List<ResourceView> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Resource> byId = resources.findAllById(ids).stream()
                .collect(Collectors.toMap(resource -> resource.id().value(), Function.identity()));
        List<ResourceView> views = new ArrayList<>(ids.size());
        ids.forEach(id -> views.add(byId.get(id).view()));
        return views;
    }

    private static List<Predicate> conditions(CriteriaBuilder builder, Root<Resource> resource, HarvestQuery harvest) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(isPublicRecord(builder, resource));
        if (harvest.from() != null) {
            conditions.add(builder.greaterThanOrEqualTo(resource.<Instant>get("updatedAt"), harvest.from()));
        }
        if (harvest.before() != null) {
            conditions.add(builder.lessThan(resource.<Instant>get("updatedAt"), harvest.before()));
        }
        if (harvest.kind() != null) {
            conditions.add(builder.equal(resource.get("kind"), harvest.kind()));
        }
        if (harvest.network() != null) {
            conditions.add(builder.equal(resource.<UUID>get("network"), harvest.network().value()));
        }
        if (harvest.sdgGoal() != null) {
            conditions.add(builder.isMember(harvest.sdgGoal(), resource.<java.util.Set<Integer>>get("sdgGoals")));
        }
        if (harvest.sendaiPriority() != null) {
            conditions.add(builder.isMember(harvest.sendaiPriority(), resource.<java.util.Set<Integer>>get("sendaiPriorities")));
        }
        if (harvest.anySdg()) {
            conditions.add(builder.isNotEmpty(resource.<java.util.Set<Integer>>get("sdgGoals")));
        }
        if (harvest.anySendai()) {
            conditions.add(builder.isNotEmpty(resource.<java.util.Set<Integer>>get("sendaiPriorities")));
        }
        return conditions;
    }

    private static Predicate isPublicRecord(CriteriaBuilder builder, Root<Resource> resource) {
        return builder.or(builder.equal(resource.get("status"), ResourceStatus.PUBLISHED),
                builder.and(builder.equal(resource.get("status"), ResourceStatus.WITHDRAWN),
                        builder.isNotNull(resource.<Instant>get("publishedAt"))));
    }

    private static boolean isPublicRecord(Resource resource) {
        return resource.status() == ResourceStatus.PUBLISHED
                || (resource.status() == ResourceStatus.WITHDRAWN && resource.publishedAt() != null);
    }
}
