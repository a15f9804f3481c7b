// The API and web addresses GitHub puts in its objects. API ones point at the stand-in so clients can follow them.
export class Urls {
  constructor(
    readonly api: string,
    readonly owner: string,
    readonly repo: string,
    readonly web: string = 'https://github.com',
  ) {}

  get repoApi(): string {
    return `${this.api}/repos/${this.owner}/${this.repo}`;
  }

  get repoHtml(): string {
    return `${this.web}/${this.owner}/${this.repo}`;
  }

  userApi(login: string): string {
    return `${this.api}/users/${encodeURIComponent(login)}`;
  }

  userHtml(login: string): string {
    return `${this.web}/${encodeURIComponent(login)}`;
  }
}
