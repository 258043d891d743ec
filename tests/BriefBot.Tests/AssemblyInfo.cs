// Every test here runs the real host in this process, and OpenTelemetry listens to meters by name process-wide: two
// bots running at once would count each other's questions. One bot at a time keeps every count exact.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
