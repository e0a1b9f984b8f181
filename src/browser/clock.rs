//! The clock and randomness, behind plain functions the state takes as injected edges.

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's number in the learner's time zone: days since 1970-01-01 local time.
pub fn today() -> i64 {
    let offset_ms = js_sys::Date::new_0().get_timezone_offset() * 60_000.0;
    ((js_sys::Date::now() - offset_ms) / 86_400_000.0).floor() as i64
}

/// A seed for a new attempt; it is kept with the attempt so the run can be replayed.
pub fn fresh_seed() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ now_ms().rotate_left(32)
}
