-- The shortest path between two actors in a database loaded from `actorgraph export --to sql`,
-- chosen as `actorgraph path FROM TO --max-hops H` chooses it: relations are followed along
-- their arrow (subject to object), symmetric ones both ways, self-loops never; among equally
-- short paths, the one whose actor ids sort first, actor by actor (byte order). Prints one
-- row (path, hops), or none when there is no path within :max_hops hops.
--
--   psql -d news -v from=russia -v to=united_states -v max_hops=6 -f shortest_path.sql
--
-- The cost grows with actors x max_hops, not with the number of paths: distances are found
-- breadth-first from both ends, then the path is walked greedily through actors that lie on
-- a shortest path.
WITH RECURSIVE
hop (source_id, target_id) AS (
    SELECT source_id, target_id FROM relations WHERE source_id <> target_id
  UNION
    SELECT target_id, source_id FROM relations WHERE is_symmetric AND source_id <> target_id
),
forward_walk (id, depth) AS (
    SELECT id, 0 FROM actors WHERE id = :'from'
  UNION
    SELECT hop.target_id, forward_walk.depth + 1
    FROM forward_walk JOIN hop ON hop.source_id = forward_walk.id
    WHERE forward_walk.depth < :max_hops
),
backward_walk (id, depth) AS (
    SELECT id, 0 FROM actors WHERE id = :'to'
  UNION
    SELECT hop.source_id, backward_walk.depth + 1
    FROM backward_walk JOIN hop ON hop.target_id = backward_walk.id
    WHERE backward_walk.depth < :max_hops
),
from_start (id, depth) AS (SELECT id, min(depth) FROM forward_walk GROUP BY id),
to_end (id, depth) AS (SELECT id, min(depth) FROM backward_walk GROUP BY id),
total (hops) AS (SELECT depth FROM from_start WHERE id = :'to'),
on_shortest (id, depth) AS (
    SELECT from_start.id, from_start.depth
    FROM from_start JOIN to_end USING (id) CROSS JOIN total
    WHERE from_start.depth + to_end.depth = total.hops
),
path (ids, last_id, depth) AS (
    SELECT ARRAY[id], id, 0 FROM on_shortest WHERE depth = 0
  UNION ALL
    SELECT path.ids || next.id, next.id, path.depth + 1
    FROM path CROSS JOIN LATERAL (
        SELECT on_shortest.id
        FROM hop JOIN on_shortest ON on_shortest.id = hop.target_id
        WHERE hop.source_id = path.last_id AND on_shortest.depth = path.depth + 1
        ORDER BY on_shortest.id COLLATE "C"
        LIMIT 1
    ) AS next
)
SELECT (SELECT string_agg(actors.name, ' -> ' ORDER BY step.n)
        FROM unnest(path.ids) WITH ORDINALITY AS step (id, n)
        JOIN actors ON actors.id = step.id) AS path,
       path.depth AS hops
FROM path CROSS JOIN total
WHERE path.depth = total.hops;
