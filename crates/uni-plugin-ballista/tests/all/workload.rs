//! The workload every cluster test compares with one process: the
//! `points` table and the queries over it. Shared with uniplug's multi-host
//! test (included there with `#[path]`), so both run the same queries.

use std::path::Path;

/// A wasm scalar over a table split into four files, aggregates whose
/// partial states are merged across executors, a table function on its own
/// and joined with the table. Floats are rounded: sums over partitions may
/// be added in another order.
pub const QUERIES: &[&str] = &[
    "SELECT g, round(sum(haversine(lat1, lon1, lat2, lon2)), 6) AS km, count(*) AS n FROM points GROUP BY g ORDER BY g",
    "SELECT id, round(haversine(lat1, lon1, lat2, lon2), 9) AS km, round(bearing(lat1, lon1, lat2, lon2), 9) AS deg FROM points WHERE id % 97 = 0 ORDER BY id",
    "SELECT g, round(geomean(x), 9) AS gm, round(mad(x), 9) AS m, count(x) AS n FROM points GROUP BY g ORDER BY g",
    "SELECT round(geomean(x), 9) AS gm, round(mad(x), 9) AS m FROM points",
    "SELECT sum(value) AS total, count(*) AS n FROM series(1, 1000, 3)",
    "SELECT value FROM series(10, -2, -3) ORDER BY value",
    "SELECT s.value AS g, count(*) AS n FROM points JOIN series(0, 2, 1) AS s ON points.g = s.value GROUP BY s.value ORDER BY g",
];

/// Four files of 250 rows: group `g` in 0..4, coordinates, a positive `x`
/// (NULL every 17th row) for the aggregates.
pub fn write_points(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for file in 0..4 {
        let mut text = String::from("id,g,lat1,lon1,lat2,lon2,x\n");
        for row in 0..250 {
            let id = file * 250 + row;
            let lat1 = ((id * 37) % 180) as f64 - 89.5;
            let lon1 = ((id * 53) % 360) as f64 - 179.5;
            let lat2 = ((id * 11) % 180) as f64 - 89.25;
            let lon2 = ((id * 29) % 360) as f64 - 179.25;
            let x = if id % 17 == 0 { String::new() } else { format!("{}", 0.5 + (id % 23) as f64 * 1.25) };
            text.push_str(&format!("{id},{},{lat1},{lon1},{lat2},{lon2},{x}\n", id % 4));
        }
        std::fs::write(dir.join(format!("part-{file}.csv")), text).unwrap();
    }
}
