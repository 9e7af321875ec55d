namespace DisclosureRequests.Clock;

public enum ClockState
{
    Running,
    Paused,
    Stopped,
}
