import { browserSession, pickTown } from "../support/browser";
import { createPerson, type PersonFixture } from "../support/factories";

const session = browserSession();

/** The account's home area, as the API gives it to its owner, once it equals `expected`. */
async function homeAreaOf(person: PersonFixture, expected: string | null): Promise<string | null> {
  let name: string | null = null;
  for (let attempt = 0; attempt < 100; attempt++) {
    const { me } = await person.agent.ok(`{ me { homeArea { place { name } } } }`);
    name = me.homeArea?.place.name ?? null;
    if (name === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return name;
}

describe("a logged-in person's place (communexion)", () => {
  it("is kept in their account: it follows them to another browser, and is forgotten there too", async () => {
    const person = await createPerson(session.server);
    const first = await session.tab({ as: person });
    await first.page.goto(session.server.url);
    await first.page.getByRole("region", { name: "Où êtes-vous ?" }).waitFor();
    await pickTown(first.page, "Commune ou code postal", "millau", /^Millau \(12\)/);
    await first.page.getByRole("heading", { name: "Autour de Millau, dans un rayon de 10 km" }).waitFor();
    expect(await homeAreaOf(person, "Millau")).toBe("Millau");

    // Another browser, where nothing was chosen: the account's place is there.
    const second = await session.tab({ as: person });
    await second.page.goto(session.server.url);
    await second.page.getByRole("heading", { name: "Autour de Millau, dans un rayon de 10 km" }).waitFor();
    await second.page.getByRole("button", { name: "Oublier ce lieu" }).click();
    await second.page.getByRole("region", { name: "Où êtes-vous ?" }).waitFor();
    expect(await homeAreaOf(person, null)).toBeNull();
    expect([...first.problems, ...second.problems]).toEqual([]);
  });
});
